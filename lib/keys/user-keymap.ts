import { COMMANDS, type CommandId } from './commands';
import { DEFAULT_KEYMAP, type Binding, type Keymap, type KeySequence } from './default-keymap';
import { compileKeymap, parseBinding, parseKeySequence } from './resolve-key';

/**
 * The user's keymap: the whole map, not a diff against the defaults, so that unbinding a default key
 * is simply leaving it out. It lives in extension storage, which page scripts can reach in Chrome, so
 * it is validated on read: a map that does not compile is replaced by the defaults as a whole rather
 * than half-applied.
 */
export function normalizeKeymap(raw: unknown): Keymap {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_KEYMAP;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (!entries.every((entry): entry is [string, string] => typeof entry[1] === 'string')) return DEFAULT_KEYMAP;
  const keymap = Object.fromEntries(entries) as Record<KeySequence, Binding>;
  try {
    compileKeymap(keymap);
    return keymap;
  } catch {
    return DEFAULT_KEYMAP;
  }
}

/** Why a key sequence cannot be bound: it already runs something else, or it starts or ends another sequence. */
export type BindingConflict =
  | { kind: 'taken'; sequence: KeySequence; binding: Binding }
  | { kind: 'prefix'; sequence: KeySequence; other: KeySequence };

export function findConflict(keymap: Keymap, sequence: KeySequence, binding: Binding): BindingConflict | null {
  const existing = keymap[sequence];
  if (existing !== undefined) {
    return existing === binding ? null : { kind: 'taken', sequence, binding: existing };
  }
  const keys = parseKeySequence(sequence);
  for (const other of Object.keys(keymap)) {
    const otherKeys = parseKeySequence(other);
    const shorter = keys.length < otherKeys.length ? keys : otherKeys;
    const longer = shorter === keys ? otherKeys : keys;
    if (shorter.every((key, index) => longer[index] === key)) return { kind: 'prefix', sequence, other };
  }
  return null;
}

export function addBinding(keymap: Keymap, sequence: KeySequence, binding: Binding): Keymap {
  if (findConflict(keymap, sequence, binding)) return keymap;
  return { ...keymap, [sequence]: binding };
}

export function removeBinding(keymap: Keymap, sequence: KeySequence): Keymap {
  const { [sequence]: _removed, ...rest } = keymap;
  return rest;
}

/** Every target a key can be bound to, in command-table order: commands that take a number get one row per number. */
export function bindableTargets(maxSectionNumber = 9): Binding[] {
  return COMMANDS.flatMap((command): Binding[] =>
    'numericArgument' in command
      ? Array.from({ length: maxSectionNumber }, (_, index) => `${command.id} ${index + 1}` as Binding)
      : [command.id],
  );
}

/** The key sequences bound to one target, in keymap order. */
export function sequencesFor(keymap: Keymap, binding: Binding): KeySequence[] {
  return Object.entries(keymap)
    .filter(([, bound]) => bound === binding)
    .map(([sequence]) => sequence);
}

export function commandOf(binding: Binding): { id: CommandId; arg?: number } {
  return parseBinding(binding) as { id: CommandId; arg?: number };
}
