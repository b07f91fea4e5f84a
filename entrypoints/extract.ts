import { extractArticle } from '@/lib/extract/extract-article';
import { takeExtractRequest } from '@/lib/extract/extract-request';
import { findPageLinks } from '@/lib/pagination/find-next-page';

// Injected on demand by the popup (scripting.executeScript under activeTab); its return value
// travels back as plain, structured-clone-safe data. Only the live page knows its styles, so it
// answers which boxes the page hides. When the story goes on over more pages, `pageLinks` says
// where: the popup then asks for them one at a time through /read-page.js. The popup may first leave
// a request (the clutter rules kept on this site) in the isolated world.
export default defineUnlistedScript(() => {
  const { keepRuleIds } = takeExtractRequest(globalThis);
  const view = extractArticle(document, {
    url: location.href,
    keepRuleIds,
    isHidden: (element) => {
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden';
    },
  });
  const pageLinks = findPageLinks(document, location.href);
  return pageLinks ? { ...view, pageLinks } : view;
});
