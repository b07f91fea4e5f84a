import { extractArticle } from '@/lib/extract/extract-article';

// Injected on demand by the popup (scripting.executeScript under activeTab); its return value
// travels back as plain, structured-clone-safe data. Only the live page knows its styles, so it
// answers which boxes the page hides.
export default defineUnlistedScript(() =>
  extractArticle(document, {
    url: location.href,
    isHidden: (element) => {
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden';
    },
  }),
);
