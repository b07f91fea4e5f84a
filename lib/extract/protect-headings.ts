/**
 * Readability deletes h1–h6 whose class or id looks negative ("media", "share", "related"…):
 * IDN-like `h2.subtitle-media` section titles vanish and the outline with them. Section headings
 * inside the clone lose their class and id first; clutter headings were removed before this step.
 */
export function protectHeadings(root: Element): number {
  let protectedCount = 0;
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (!heading.hasAttribute('class') && !heading.hasAttribute('id')) continue;
    heading.removeAttribute('class');
    heading.removeAttribute('id');
    protectedCount += 1;
  }
  return protectedCount;
}
