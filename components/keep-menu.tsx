import { useEffect, useId, useRef } from 'preact/hooks';
import { Icon } from './icons';
import { t, type MessageKey } from './messages';

export interface KeepActions {
  copyMarkdown: () => void;
  saveHtml: () => void;
  saveMarkdown: () => void;
  print: () => void;
}

export interface KeepMenuProps {
  actions: KeepActions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const ITEMS: { action: keyof KeepActions; label: MessageKey }[] = [
  { action: 'copyMarkdown', label: 'copyMarkdown' },
  { action: 'saveHtml', label: 'saveHtml' },
  { action: 'saveMarkdown', label: 'saveMarkdown' },
  { action: 'print', label: 'printArticle' },
];

/**
 * One toolbar button for copy, save and print, so the toolbar stays one tidy row where it can. A
 * disclosure (a button that shows a list of buttons), not an ARIA menu: Tab and Enter work as usual.
 */
export function KeepMenu({ actions, open, onOpenChange }: KeepMenuProps) {
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const name = t('keepMenu');

  // A click anywhere else closes it, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, onOpenChange]);

  return (
    <div class="keep-menu" ref={rootRef}>
      <button type="button" class="icon-button" ref={toggleRef} aria-label={name} title={name} aria-expanded={open} aria-controls={listId}
        data-testid="keep-menu" onClick={() => onOpenChange(!open)}>
        <Icon name="keep" />
      </button>
      <ul class="keep-menu__list" id={listId} hidden={!open}>
        {ITEMS.map(({ action, label }) => (
          <li key={action}>
            <button type="button" class="keep-menu__item" data-testid={`keep-${action}`}
              onClick={() => {
                // Focus goes back to the button, not to the page, as the list it was in disappears.
                onOpenChange(false);
                toggleRef.current?.focus();
                actions[action]();
              }}>
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
