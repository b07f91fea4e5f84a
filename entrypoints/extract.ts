import { extractArticle } from '@/lib/extract/extract-article';
import { takeExtractRequest } from '@/lib/extract/extract-request';
import { measurePageSize } from '@/lib/extract/page-size';
import { findPageLinks } from '@/lib/pagination/find-next-page';

// Injected on demand by the popup (scripting.executeScript under activeTab); its return value
// travels back as plain, structured-clone-safe data. Only the live page knows its styles, so it
// answers which boxes the page hides. A page above the size limit is refused before any work. When
// the story goes on over more pages, `pageLinks` says where: the popup then asks for them one at a
// time through /read-page.js. The popup may first leave a request (the clutter rules kept on this
// site) in the isolated world.
export default defineUnlistedScript(() => {
  const { keepRuleIds } = takeExtractRequest(globalThis);
  const size = measurePageSize(document);
  if (size.tooLarge) return size.tooLarge;
  const view = extractArticle(document, {
    url: location.href,
    keepRuleIds,
    elementCount: size.elements,
    isHidden: (element) => {
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden';
    },
  });
  const pageLinks = findPageLinks(document, location.href);
  return pageLinks ? { ...view, pageLinks } : view;
});
