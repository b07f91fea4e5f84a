import type { SitePack } from './clutter-rule-types';

// Publisher-specific selectors for boxes the phrase rules cannot see (no text, or text that varies).
// Each fixture under tests/fixtures/clutter/ reproduces the publisher's markup.
export const SITE_PACKS: SitePack[] = [
  {
    site: 'idntimes',
    hosts: ['idntimes.com'],
    rules: [
      { id: 'idntimes-editors-pick', kind: 'related', selector: '.editors-pick', why: 'In-body "Editor’s picks" box between paragraphs.', fixture: 'site-idntimes.html' },
      { id: 'idntimes-topic', kind: 'tags', selector: '.content-post-topic', why: '"Topic:" tag list after the body.', fixture: 'site-idntimes.html' },
      { id: 'idntimes-editorial', kind: 'author-box', selector: '.content-post-editorial', why: '"Editorial Team" box with the editor’s photo.', fixture: 'site-idntimes.html' },
      { id: 'idntimes-read-more', kind: 'continue-reading', selector: '.read-more-btn-check, .read-more-btn', why: '"Read More" button that unfolds the split pages.', fixture: 'site-idntimes.html' },
      { id: 'idntimes-inarticle-ads', kind: 'ad', selector: '.inarticle-ads, .loading-ads, .wrapper-ads', why: 'Ad slots inside the body.', fixture: 'site-idntimes.html' },
      { id: 'idntimes-modals', kind: 'modal', selector: '.modal, #search-modal', why: 'Search and age-check modals whose h2/h3 would enter the outline.', fixture: 'site-idntimes.html' },
    ],
  },
  {
    site: 'detik',
    hosts: ['detik.com'],
    rules: [
      { id: 'detik-linksisip', kind: 'read-also', selector: 'table.linksisip, .lihatjg', why: 'In-body "Baca juga:" table between paragraphs.', fixture: 'site-detik.html' },
      { id: 'detik-parallax-ad', kind: 'ad', selector: '.parallaxindetail, .staticdetail_container, .ads-scrollpage-container', why: 'Scroll-through ad blocks inside the body.', fixture: 'site-detik.html' },
      { id: 'detik-body-tags', kind: 'tags', selector: '.detail__body-tag, .nav-tag', why: 'Tag list at the end of the body.', fixture: 'site-detik.html' },
    ],
  },
  {
    site: 'kompas',
    hosts: ['kompas.com'],
    rules: [
      { id: 'kompas-inner-read-also', kind: 'read-also', selector: 'a.inner-link-baca-juga, .read__bacajuga, .inner-link-baca-juga', why: 'In-body "Baca juga:" links.', fixture: 'site-kompas.html' },
      { id: 'kompas-google-news', kind: 'follow', selector: '.read__google-news, .google-news-box', why: '"Dapatkan update berita pilihan … di Google News" box.', fixture: 'site-kompas.html' },
    ],
  },
  {
    site: 'tribunnews',
    hosts: ['tribunnews.com'],
    rules: [
      { id: 'tribunnews-read-also', kind: 'read-also', selector: '.baca-juga, .bacajuga, p.baca', why: 'In-body "Baca juga" boxes.', fixture: 'site-tribunnews.html' },
      { id: 'tribunnews-ads', kind: 'ad', selector: '.ads-placeholder, .mb20.ads', why: 'Ad slots inside the body.', fixture: 'site-tribunnews.html' },
    ],
  },
  {
    site: 'liputan6',
    hosts: ['liputan6.com'],
    rules: [
      { id: 'liputan6-read-also', kind: 'read-also', selector: '.baca-juga-collections, .read-page--related', why: '"Baca Juga" collections inside the body.', fixture: 'site-liputan6.html' },
      { id: 'liputan6-ads', kind: 'ad', selector: '.advertisement-placeholder, .article-ad', why: 'Ad slots inside the body.', fixture: 'site-liputan6.html' },
    ],
  },
  {
    site: 'okezone',
    hosts: ['okezone.com'],
    rules: [
      { id: 'okezone-read-also', kind: 'read-also', selector: '.baca-juga, .box-bacajuga', why: 'In-body "Baca juga" boxes.', fixture: 'site-okezone.html' },
    ],
  },
  {
    site: 'merdeka',
    hosts: ['merdeka.com'],
    rules: [
      { id: 'merdeka-read-also', kind: 'read-also', selector: '.baca-juga, .mdk-body-bacajuga', why: 'In-body "Baca juga" boxes.', fixture: 'site-merdeka.html' },
    ],
  },
  {
    site: 'suara',
    hosts: ['suara.com'],
    rules: [
      { id: 'suara-read-also', kind: 'read-also', selector: '.baca-juga-new, .baca-juga', why: 'In-body "Baca juga" boxes.', fixture: 'site-suara.html' },
    ],
  },
  {
    site: 'viva',
    hosts: ['viva.co.id'],
    rules: [
      { id: 'viva-read-also', kind: 'read-also', selector: '.baca-juga, .article-detail-read-also', why: 'In-body "Baca juga" boxes.', fixture: 'site-viva.html' },
    ],
  },
  {
    site: 'cnnindonesia',
    hosts: ['cnnindonesia.com'],
    rules: [
      { id: 'cnnindonesia-linksisip', kind: 'read-also', selector: 'table.linksisip, .linksisip', why: 'Detik-network "Baca juga:" table between paragraphs.', fixture: 'site-cnnindonesia.html' },
      { id: 'cnnindonesia-ads', kind: 'ad', selector: '.paradetail, .para_1', why: 'Scroll-through ad blocks inside the body.', fixture: 'site-cnnindonesia.html' },
    ],
  },
  {
    site: 'tempo',
    hosts: ['tempo.co'],
    rules: [
      { id: 'tempo-read-also', kind: 'read-also', selector: '.bacajuga, .baca-juga', why: 'In-body "Baca juga" boxes.', fixture: 'site-tempo.html' },
    ],
  },
  {
    site: 'kumparan',
    hosts: ['kumparan.com'],
    rules: [
      { id: 'kumparan-read-also', kind: 'read-also', selector: '[data-qa-id="baca-juga"], [data-qa-id="related-story"]', why: 'In-body related story cards.', fixture: 'site-kumparan.html' },
    ],
  },
  {
    site: 'antaranews',
    hosts: ['antaranews.com'],
    rules: [
      { id: 'antaranews-read-also', kind: 'read-also', selector: '.baca-juga, span.baca-juga', why: 'In-body "Baca juga:" links.', fixture: 'site-antaranews.html' },
    ],
  },
  {
    site: 'sindonews',
    hosts: ['sindonews.com'],
    rules: [
      { id: 'sindonews-read-also', kind: 'read-also', selector: '.baca-inline, .baca-juga', why: 'In-body "Baca juga" boxes.', fixture: 'site-sindonews.html' },
    ],
  },
];

export function sitePacksFor(hostname: string): SitePack[] {
  const host = hostname.toLowerCase();
  return SITE_PACKS.filter((pack) =>
    pack.hosts.some((candidate) => host === candidate || host.endsWith(`.${candidate}`)),
  );
}
