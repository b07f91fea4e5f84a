import { extractArticle } from '@/lib/extract/extract-article';
import { findPageLinks } from '@/lib/pagination/find-next-page';

// Injected on demand by the popup (scripting.executeScript under activeTab); its return value
// travels back as plain, structured-clone-safe data. Only the live page knows its styles, so it
// answers which boxes the page hides. When the story goes on over more pages, `pageLinks` says
// where: the popup then asks for them one at a time through /read-page.js.
export default defineUnlistedScript(() => {
  const view = extractArticle(document, {
    url: location.href,
    isHidden: (element) => {
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden';
    },
  });
  const pageLinks = findPageLinks(document, location.href);
  return pageLinks ? { ...view, pageLinks } : view;
});
