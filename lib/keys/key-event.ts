/**
 * The parts of a KeyboardEvent that keyFromEvent reads. It is a plain interface, so Node tests
 * can pass object literals, and a real KeyboardEvent satisfies it.
 */
export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly isComposing?: boolean;
  /** Deprecated in the DOM, but still the only IME signal some browsers send on the first keydown. */
  readonly keyCode?: number;
  /** Set when a focused widget (the outline tree, a dialog) already handled the key. */
  readonly defaultPrevented?: boolean;
  /** Read only through `tagName` and `isContentEditable`, so any object, or none, will do. */
  readonly target: object | null;
}

// "keyCode 229 means that this event comes from IME" (Vimium, lib/keyboard_utils.js): Chrome
// sends it on the keydown that starts a composition, before isComposing turns true.
const IME_KEY_CODE = 229;

// Inputs, textareas and selects use every printable key (text, and type-ahead in a select), and
// range inputs use Home/End. All of them are ignored, whatever their type.
const EDITABLE_TAG_NAMES: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

// Pressing Shift on its way to `G` or `?` sends its own keydown. If it counted as a key, it would
// break a half-typed sequence.
const MODIFIER_KEYS: ReadonlySet<string> = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'Fn',
  'FnLock',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Symbol',
  'SymbolLock',
]);

// Keys that carry no character the keymap could name: a dead key waiting for its accent, an
// IME's "Process" key, or a key the browser could not identify.
const UNNAMEABLE_KEYS: ReadonlySet<string> = new Set(['Dead', 'Process', 'Unidentified', '']);

/**
 * Returns the key name the keymap uses for this event, or null when the reader must leave the
 * key alone: while typing or composing text, with Ctrl, Alt or Meta held (those belong to the
 * browser and the OS), for bare modifier presses, and when a focused widget already handled it.
 * Shift is allowed, because `G` and `?` need it.
 */
export function keyFromEvent(event: KeyEventLike): string | null {
  if (event.defaultPrevented) return null;
  if (event.isComposing || event.keyCode === IME_KEY_CODE) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isEditableTarget(event.target)) return null;
  if (MODIFIER_KEYS.has(event.key) || UNNAMEABLE_KEYS.has(event.key)) return null;
  return normaliseKey(event.key, event.shiftKey);
}

function normaliseKey(key: string, shiftKey: boolean): string {
  // Key sequences are written with spaces between keys, so the space bar needs a name.
  if (key === ' ') return 'Space';
  // Real keyboards already send `G` for Shift+g. Synthetic events from automation tools and
  // on-screen keyboards sometimes send `g` with shiftKey set, and those should mean `G` as well.
  if (shiftKey && key.length === 1) return key.toUpperCase();
  return key;
}

function isEditableTarget(target: object | null): boolean {
  if (target === null) return false;
  const { tagName, isContentEditable } = target as { tagName?: unknown; isContentEditable?: unknown };
  if (isContentEditable === true) return true;
  return typeof tagName === 'string' && EDITABLE_TAG_NAMES.has(tagName.toUpperCase());
}
