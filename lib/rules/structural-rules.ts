import type { LinkClusterRule, SelectorRule, TeaserCardRule } from './clutter-rule-types';
import { FORM_MARK_ATTRIBUTE } from '../extract/dom-clobbering';

// Rules by markup and link targets, for every site and language.

export const GENERIC_SELECTOR_RULES: SelectorRule[] = [
  {
    id: 'aria-hidden-or-hidden',
    kind: 'hidden',
    selector: '[hidden], template',
    why: 'Hidden widgets the reader never sees on the page (collapsed menus, lazy templates).',
    fixture: 'structural.html',
  },
  {
    id: 'dialogs-and-modals',
    kind: 'modal',
    selector: 'dialog, [role="dialog"], [aria-modal="true"]',
    why: 'Cookie, login and search dialogs whose headings would pollute the outline (IDN Times search modal).',
    fixture: 'structural.html',
  },
  {
    id: 'consent-banners',
    kind: 'modal',
    selector:
      '#onetrust-consent-sdk, #onetrust-banner-sdk, .ot-sdk-container, #CybotCookiebotDialog, .cc-window, #cookie-notice, .cookie-banner, .cookie-consent, #didomi-host, #usercentrics-root, #sp_message_container, .qc-cmp2-container, .fc-consent-root, #gdpr-consent, .gdpr-banner',
    why: 'Cookie and privacy-choice banners; Readability took a CCPA opt-out text for the article (Reuters).',
    fixture: 'structural.html',
  },
  {
    id: 'form-boxes',
    kind: 'newsletter',
    selector: `[${FORM_MARK_ATTRIBUTE}]`,
    maxTextChars: 400,
    why: 'Sign-up, comment and "email this article" forms; a page that wraps its whole text in a form (ASP.NET) keeps it.',
    fixture: 'structural.html',
  },
  {
    id: 'author-bio-boxes',
    kind: 'author-box',
    selector:
      '[class*="author-bio"], [class*="authorBio"], [class*="author-box"], [class*="authorBox"], [class*="author-card"], .about-the-author, [class*="bio-box"], [id*="author-bio"], [id*="authorBio"]',
    why: 'Author biographies after the article or in the byline (TechRadar, taz, CBC, The Car Connection `#author-bio`).',
    fixture: 'structural.html',
  },
  {
    id: 'ad-slots',
    kind: 'ad',
    selector: '[id^="div-gpt-ad"], .adsbygoogle, ins.adsbygoogle, [data-ad-slot], [data-google-query-id]',
    why: 'Google ad slots, empty or labelled, inside the body (IDN Times, detik).',
    fixture: 'structural.html',
  },
  {
    id: 'tag-lists',
    kind: 'tags',
    selector: 'ul.tags, ul.tag-list, .tags-list, [rel="tag"]:only-child',
    why: 'Tag clouds after the body (WordPress themes).',
    fixture: 'structural.html',
  },
];

export const LINK_CLUSTER_RULES: LinkClusterRule[] = [
  {
    id: 'share-intent-links',
    kind: 'share',
    hrefPattern:
      /facebook\.com\/(sharer|dialog\/share)|twitter\.com\/(intent|share)|x\.com\/intent|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/send|line\.me\/R\/msg|social-plugins\.line\.me|t\.me\/share|telegram\.me\/share|linkedin\.com\/(shareArticle|sharing)|pinterest\.com\/pin\/create|reddit\.com\/submit|mailto:\?/i,
    minLinks: 2,
    why: 'Share bars are clusters of share-intent links whatever their class names (IDN Times "Share to Facebook").',
    fixture: 'structural.html',
  },
  {
    id: 'app-store-links',
    kind: 'app-promo',
    hrefPattern: /play\.google\.com\/store\/apps|apps\.apple\.com|itunes\.apple\.com\/.*app|appgallery\.huawei\.com/i,
    minLinks: 1,
    why: 'App download boxes ("DOWNLOAD IDN APP SEKARANG!" with store badges).',
    fixture: 'structural.html',
  },
  {
    id: 'tag-page-links',
    kind: 'tags',
    hrefPattern: /\/(tags?|topics?|topik|label|kata-?kunci|keyword)(\/|\?[^#]*=)[^/?#]/i,
    minLinks: 3,
    minLinkDensity: 0.8,
    why: 'Tag and topic lists under the article, bare names that link to tag pages (liputan6 `.tag-links`, detik, tempo, antara); three at least, since Asahi links two place names of a list in its text.',
    fixture: 'structural.html',
  },
];

export const TEASER_CARD_RULES: TeaserCardRule[] = [
  {
    id: 'linked-heading-teasers',
    kind: 'related',
    maxCardProseChars: 160,
    why: 'Cards for other stories inside the text: a linked headline with its photo and kicker (Berliner Zeitung, Hessenschau, RBB24).',
    fixture: 'structural.html',
  },
];
