import { comparableText, normalizedText, precedes } from './text-blocks';
import { elementsOfTags } from './elements-by-tag';

/** An `<article>` with this much text is a story of its own, not a quote box or a card. */
const MIN_STORY_CHARS = 500;

/**
 * Endless pages append the next story as another `<article>` (Dagbladet), and Readability may keep
 * both. When the page's headline sits in one `<article>`, the stories after it with another kind of
 * box are dropped. Live blogs, whose headline stands above all their posts, are left alone. Reads
 * the live page, changes only `content`.
 */
export function dropFollowingStories(content: Element, page: Document, title: string): number {
  const key = comparableText(title);
  if (key.length === 0) return 0;
  // The first such heading in the page: h1s and h2s are looked up by tag, then put in page order.
  const headline = elementsOfTags(page, 'h1', 'h2')
    .filter((heading) => comparableText(normalizedText(heading)) === key)
    .reduce<Element | undefined>((first, heading) => (first && precedes(first, heading) ? first : heading), undefined);
  const home = headline?.closest('article');
  if (!home) return 0;
  const homeKind = kindOf(home);
  const stories = [...content.querySelectorAll('article')].filter(
    (story) => !story.parentElement?.closest('article') && normalizedText(story).length >= MIN_STORY_CHARS,
  );
  const kept = stories.find((story) => kindOf(story) === homeKind);
  if (!kept || stories.length < 2) return 0;
  const following = stories.filter((story) => precedes(kept, story) && kindOf(story) !== homeKind);
  for (const story of following) story.remove();
  return following.length;
}

function kindOf(story: Element): string {
  return story.getAttribute('class') ?? '';
}
