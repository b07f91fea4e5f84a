import { useEffect, useId, useRef } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { COMMANDS, type CommandSpec } from '../lib/keys/commands';
import { DEFAULT_KEYMAP } from '../lib/keys/default-keymap';
import { parseBinding, parseKeySequence } from '../lib/keys/resolve-key';
import { t, type MessageKey } from './messages';
import './key-help-dialog.css';

export interface KeyHelpDialogProps {
  open: boolean;
  onClose: () => void;
  /** Defaults to COMMANDS. Tests pass an edited copy to prove the dialog is generated from it. */
  commands?: readonly CommandSpec[];
  /** Defaults to DEFAULT_KEYMAP; the reader passes the user's live keymap. */
  keymap?: Readonly<Record<string, string>>;
}

type Shortcut =
  | { kind: 'sequence'; keys: string[] }
  | { kind: 'range'; from: string; to: string };

interface HelpRow {
  id: string;
  description: string;
  shortcuts: Shortcut[];
}

interface HelpGroup {
  name: string;
  rows: HelpRow[];
}

// Keycap names where the KeyboardEvent.key value is not what the keyboard says.
const KEY_LABELS: Readonly<Record<string, MessageKey>> = { Escape: 'keyName_Escape', Space: 'keyName_Space' };

// Three or more consecutive digits (`1`…`9` for sections) read better as one range than as a
// row of keycaps.
const MIN_DIGIT_RANGE = 3;

/**
 * The list of keyboard shortcuts, generated from the command table and the keymap so it cannot
 * drift from what the keys actually do. Escape closes it here too: the dialog handles the key
 * itself and calls preventDefault, so useKeymap's window listener does not run `closeOverlay` a
 * second time.
 */
export function KeyHelpDialog({
  open,
  onClose,
  commands = COMMANDS,
  keymap = DEFAULT_KEYMAP,
}: KeyHelpDialogProps) {
  const titleId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);

  // A modal dialog takes focus when it opens and gives it back when it closes (WAI-ARIA APG dialog pattern).
  useEffect(() => {
    if (!open) return;
    const previouslyFocused = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (previouslyFocused instanceof HTMLElement) previouslyFocused.focus();
    };
  }, [open]);

  if (!open) return null;

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // Close is the only focusable element, so Tab keeps focus on it rather than letting focus
      // go to the article behind the modal.
      event.preventDefault();
      closeButton.current?.focus();
    }
  };

  return (
    <div
      class="key-help"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="key-help"
      onKeyDown={onKeyDown}
    >
      {/* A div, not a header: a header outside main would be a second banner landmark. */}
      <div class="key-help__header">
        <h2 id={titleId} class="key-help__title">
          {t('helpTitle')}
        </h2>
        <button ref={closeButton} type="button" class="key-help__close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {buildHelpGroups(commands, keymap).map((group) => (
        <section key={group.name} class="key-help__group">
          <h3 class="key-help__group-title">{group.name}</h3>
          <dl class="key-help__list">
            {group.rows.map((row) => (
              <div key={row.id} class="key-help__row" data-command={row.id}>
                <dt class="key-help__keys">
                  <ShortcutList shortcuts={row.shortcuts} />
                </dt>
                <dd class="key-help__description">{row.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function ShortcutList({ shortcuts }: { shortcuts: Shortcut[] }) {
  if (shortcuts.length === 0) return <span class="key-help__unbound">{t('keyNotBound')}</span>;
  return (
    <>
      {shortcuts.map((shortcut, index) => (
        <span key={index} class="key-help__shortcut">
          {index > 0 && <span class="key-help__or"> {t('keyOr')} </span>}
          {shortcut.kind === 'range' ? (
            <>
              <Keycap name={shortcut.from} />
              <span class="key-help__range"> – </span>
              <Keycap name={shortcut.to} />
            </>
          ) : (
            <span class="key-help__sequence">
              {shortcut.keys.map((key, keyIndex) => (
                <Keycap key={keyIndex} name={key} />
              ))}
            </span>
          )}
        </span>
      ))}
    </>
  );
}

function Keycap({ name }: { name: string }) {
  const label = KEY_LABELS[name];
  return <kbd class="key-help__key">{label ? t(label) : name}</kbd>;
}

function buildHelpGroups(
  commands: readonly CommandSpec[],
  keymap: Readonly<Record<string, string>>,
): HelpGroup[] {
  const sequencesByCommand = new Map<string, string[][]>();
  for (const [sequence, binding] of Object.entries(keymap)) {
    const { id } = parseBinding(binding);
    const sequences = sequencesByCommand.get(id) ?? [];
    sequences.push(parseKeySequence(sequence));
    sequencesByCommand.set(id, sequences);
  }

  const groups = new Map<string, HelpGroup>();
  for (const command of commands) {
    const group = groups.get(command.group) ?? { name: t(`group_${command.group}`), rows: [] };
    group.rows.push({
      id: command.id,
      description: t(`command_${command.id}` as MessageKey, 'N'),
      shortcuts: collapseDigitRuns(sequencesByCommand.get(command.id) ?? []),
    });
    groups.set(command.group, group);
  }
  return [...groups.values()];
}

/** Replaces runs of consecutive single-digit keys with one range, in the position of the run's first key. */
function collapseDigitRuns(sequences: string[][]): Shortcut[] {
  const digitOf = (keys: string[]) =>
    keys.length === 1 && /^\d$/.test(keys[0] ?? '') ? Number(keys[0]) : undefined;
  const digits = new Set(sequences.map(digitOf).filter((digit) => digit !== undefined));
  const covered = new Set<number>();
  const shortcuts: Shortcut[] = [];

  for (const keys of sequences) {
    const digit = digitOf(keys);
    if (digit === undefined) {
      shortcuts.push({ kind: 'sequence', keys });
      continue;
    }
    if (covered.has(digit)) continue;
    let from = digit;
    let to = digit;
    while (digits.has(from - 1)) from -= 1;
    while (digits.has(to + 1)) to += 1;
    if (to - from + 1 >= MIN_DIGIT_RANGE) {
      for (let value = from; value <= to; value += 1) covered.add(value);
      shortcuts.push({ kind: 'range', from: String(from), to: String(to) });
    } else {
      covered.add(digit);
      shortcuts.push({ kind: 'sequence', keys });
    }
  }
  return shortcuts;
}
