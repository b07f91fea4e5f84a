import { useEffect, useRef } from 'preact/hooks';
import type { OutlineItem } from '../lib/extract/article-types';
import { formatMinutes, t } from './messages';

export interface OutlineNavProps {
  outline: OutlineItem[];
  currentId: string | null;
  /** Reading time of each section, once the body has been measured. */
  minutesById?: ReadonlyMap<string, number>;
  /** Hidden by `t`, or a closed drawer in a narrow window. */
  hidden?: boolean;
  onSelect: (id: string) => void;
}

/**
 * The section outline. Links keep their native keyboard behaviour (Tab, Enter); the arrow keys,
 * Home and End move between them as in a table of contents. The current section is marked with
 * aria-current="location", the ARIA convention for "you are here" in a table of contents, and is
 * kept in view as the reader scrolls a long outline.
 */
export function OutlineNav({ outline, currentId, minutesById, hidden = false, onSelect }: OutlineNavProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (hidden || !currentId) return;
    const link = listRef.current?.querySelector<HTMLElement>(`a[href="#${CSS.escape(currentId)}"]`);
    // "nearest" scrolls only the outline's own box, and only when the link is out of sight.
    link?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [currentId, hidden]);

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
    <nav class="outline" data-testid="outline" aria-label={t('outlineLabel')} hidden={hidden}>
      <h2 class="outline__title">{t('outlineTitle')}</h2>
      <ol class="outline__list" ref={listRef} onKeyDown={onKeyDown}>
        {outline.map((item, index) => {
          const minutes = minutesById?.get(item.id);
          return (
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
                <span class="outline__text">{item.text}</span>
                {minutes !== undefined && (
                  <span class="outline__time" data-testid="section-time">
                    {formatMinutes(minutes, 'short')}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
