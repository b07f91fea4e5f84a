import { elementsOfTags } from './elements-by-tag';
/**
 * Readability deletes h1–h6 whose class or id looks negative, and "media" or "meta" is enough: IDN-like
 * `h2.subtitle-media` section titles vanish, and the outline with them. Such headings lose the
 * offending class and id first. Headings named for what they are not ("related", "comment",
 * "share", "sidebar"…) keep their names, so Readability still drops them and their boxes.
 */
const HARMLESS_NEGATIVE_NAME = /media|meta|scroll|widget|banner|hidden|masthead|contact|shopping|com-/i;
const TRULY_NEGATIVE_NAME = /related|comment|share|social|sponsor|promo|footer|sidebar|tags|outbrain|-ad-|advert|newsletter|popular|recommend|teaser|more/i;

export function protectHeadings(root: Element): number {
  let protectedCount = 0;
  for (const heading of elementsOfTags(root, 'h2', 'h3', 'h4', 'h5', 'h6')) {
    const names = `${heading.getAttribute('class') ?? ''} ${heading.getAttribute('id') ?? ''}`;
    if (!HARMLESS_NEGATIVE_NAME.test(names) || TRULY_NEGATIVE_NAME.test(names)) continue;
    heading.removeAttribute('class');
    heading.removeAttribute('id');
    protectedCount += 1;
  }
  return protectedCount;
}
