import type { CommandId } from './commands';

/**
 * A key sequence is one or more key names separated by single spaces: `'j'`, `'g g'`, `'Home'`.
 * Key names are `KeyboardEvent.key` values as `keyFromEvent` normalises them (the space bar is
 * `'Space'`, so a space can safely separate keys).
 */
export type KeySequence = string;

/**
 * What a key sequence runs: a command id, optionally followed by a space and the number that
 * commands with `numericArgument` need (`'sectionByNumber 3'`, as in Vimium's `map` lines).
 * The number lives in the binding, not in the key name, so any key can be remapped to a section.
 */
export type Binding = CommandId | `${CommandId} ${number}`;

export type Keymap = Readonly<Record<KeySequence, Binding>>;

/**
 * The default keys. The choices follow anchors.md §3: j/k from Gmail and GitHub lists, g g / G and
 * d / u from Vimium, ? for help, Esc to close, `t` for the outline ("table of contents"), `b` to go back
 * to where you left off, `]` / `[` between the pages of a story split over pages (Vim's motions),
 * `r` to show the removed blocks where they were, `l` to listen, `c` to copy, `s` / `S` to save as
 * HTML / Markdown, `p` to print (the browser's own Ctrl+P prints the same, through the print
 * stylesheet). Space, Shift+Space and the arrows stay unbound so the browser keeps scrolling
 * natively. Users remap keys on the options page (lib/keys/user-keymap.ts).
 */
export const DEFAULT_KEYMAP = {
  j: 'nextSection',
  k: 'previousSection',
  '1': 'sectionByNumber 1',
  '2': 'sectionByNumber 2',
  '3': 'sectionByNumber 3',
  '4': 'sectionByNumber 4',
  '5': 'sectionByNumber 5',
  '6': 'sectionByNumber 6',
  '7': 'sectionByNumber 7',
  '8': 'sectionByNumber 8',
  '9': 'sectionByNumber 9',
  o: 'focusOutline',
  b: 'resumePosition',
  ']': 'nextPage',
  '[': 'previousPage',
  t: 'toggleOutline',
  r: 'toggleRemoved',
  l: 'readAloud',
  c: 'copyMarkdown',
  s: 'saveHtml',
  S: 'saveMarkdown',
  p: 'print',
  'g g': 'top',
  Home: 'top',
  G: 'bottom',
  End: 'bottom',
  d: 'halfPageDown',
  u: 'halfPageUp',
  '?': 'toggleHelp',
  Escape: 'closeOverlay',
} as const satisfies Keymap;
