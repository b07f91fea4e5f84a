import { extractArticle } from '@/lib/extract/extract-article';
import { measurePageSize } from '@/lib/extract/page-size';

// Injected on demand by the popup (scripting.executeScript under activeTab); its return value
// travels back as plain, structured-clone-safe data. Only the live page knows its styles, so it
// answers which boxes the page hides. A page above the size limit is refused before any work.
export default defineUnlistedScript(() => {
  const size = measurePageSize(document);
  return (
    size.tooLarge ??
    extractArticle(document, {
      url: location.href,
      elementCount: size.elements,
      isHidden: (element) => {
        const style = getComputedStyle(element);
        return style.display === 'none' || style.visibility === 'hidden';
      },
    })
  );
});
