import { useRef } from 'preact/hooks';
import type { OutlineItem } from '../lib/extract/article-types';

export interface OutlineNavProps {
  outline: OutlineItem[];
  currentId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The section outline. Links keep their native keyboard behaviour (Tab, Enter); the arrow keys,
 * Home and End move between them as in a table of contents. The current section is marked with
 * aria-current="location", the ARIA convention for "you are here" in a table of contents.
 */
export function OutlineNav({ outline, currentId, onSelect }: OutlineNavProps) {
  const listRef = useRef<HTMLOListElement>(null);
  if (outline.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(listRef.current?.querySelectorAll('a') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target = {
      ArrowDown: links[index + 1],
      ArrowUp: links[index - 1],
      Home: links[0],
      End: links[links.length - 1],
    }[event.key];
    if (index < 0 || !target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <nav class="outline" data-testid="outline" aria-label="Outline">
      <h2 class="outline__title">Sections</h2>
      <ol class="outline__list" ref={listRef} onKeyDown={onKeyDown}>
        {outline.map((item, index) => (
          <li key={item.id} class={`outline__item outline__item--level-${Math.min(item.level, 4)}`}>
            <a
              href={`#${item.id}`}
              aria-current={item.id === currentId ? 'location' : undefined}
              tabIndex={item.id === currentId || (currentId === null && index === 0) ? 0 : -1}
              onClick={(event) => {
                event.preventDefault();
                onSelect(item.id);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
