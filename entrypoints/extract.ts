import { extractArticle } from '@/lib/extract/extract-article';

// Injected on demand by the popup (scripting.executeScript under activeTab); its return value
// travels back as plain, structured-clone-safe data.
export default defineUnlistedScript(() => extractArticle(document, { url: location.href }));
