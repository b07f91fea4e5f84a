import { COMMANDS, type CommandId, type CommandSpec } from './commands';
import type { Keymap, KeySequence } from './default-keymap';

/**
 * A compiled keymap is a trie with one key name per level. A leaf holds the command to run; an
 * inner node holds the keys that may come next. Example, for
 * `{ j: 'nextSection', 'g g': 'top', '3': 'sectionByNumber 3' }`:
 *
 *   j ─▶ { command: { id: 'nextSection' } }
 *   g ─▶ { next: g ─▶ { command: { id: 'top' } } }
 *   3 ─▶ { command: { id: 'sectionByNumber', arg: 3 } }
 *
 * A key sequence can never be both a command and the start of a longer sequence. With `g` bound
 * alone, `g g` could never be typed, or `g` would have to wait for the timeout; compileKeymap refuses that.
 */
export interface BoundCommand {
  readonly id: CommandId;
  readonly arg?: number;
}

export type KeyTrieNode = { readonly command: BoundCommand } | { readonly next: KeyTrie };
export type KeyTrie = ReadonlyMap<string, KeyTrieNode>;

export interface KeyResolution {
  /** Set only when the key completed a sequence. */
  command?: BoundCommand;
  /** Keys typed so far in an unfinished sequence; empty when nothing is pending. */
  pending: string[];
}

// Non-negative integers only: the one argument today is a 1-based section number.
const BINDING_PATTERN = /^(\S+)(?: (\d+))?$/;

const COMMANDS_BY_ID: ReadonlyMap<string, CommandSpec> = new Map(
  COMMANDS.map((command) => [command.id, command]),
);

/** `'g g'` → `['g', 'g']`. Throws on empty keys, which only a typo (double space) produces. */
export function parseKeySequence(sequence: KeySequence): string[] {
  const keys = sequence.split(' ');
  if (keys.some((key) => key === '')) {
    throw new Error(`Invalid key sequence ${JSON.stringify(sequence)}: keys are separated by one space`);
  }
  return keys;
}

/** `'sectionByNumber 3'` → `{ id: 'sectionByNumber', arg: 3 }`. Does not check that the id exists. */
export function parseBinding(binding: string): { id: string; arg?: number } {
  const match = BINDING_PATTERN.exec(binding);
  if (!match?.[1]) {
    throw new Error(`Invalid binding ${JSON.stringify(binding)}: expected "command" or "command N"`);
  }
  return match[2] === undefined ? { id: match[1] } : { id: match[1], arg: Number(match[2]) };
}

/**
 * Validates a keymap against COMMANDS and builds its trie. Throws on unknown commands, on a
 * missing or unexpected argument, and on a sequence that is a prefix of another. These are
 * mistakes in the keymap itself, and failing loudly keeps them out of a release.
 */
export function compileKeymap(keymap: Keymap): KeyTrie {
  const root = new Map<string, KeyTrieNode>();
  for (const [sequence, binding] of Object.entries(keymap)) {
    const command = toBoundCommand(sequence, binding);
    const keys = parseKeySequence(sequence);
    let level = root;
    keys.forEach((key, index) => {
      const existing = level.get(key);
      const isLast = index === keys.length - 1;
      if (isLast) {
        if (existing) throw prefixConflict(sequence);
        level.set(key, { command });
        return;
      }
      if (existing && 'command' in existing) throw prefixConflict(sequence);
      const next = existing?.next ?? new Map<string, KeyTrieNode>();
      // The trie is built here and handed out read-only, so this cast stays inside the builder.
      level.set(key, { next });
      level = next as Map<string, KeyTrieNode>;
    });
  }
  return root;
}

/**
 * Feeds one key into the trie. A known continuation extends `pending`; a completed sequence returns
 * its command and clears `pending`. An unknown continuation drops the half-typed sequence, and the
 * key then gets a fresh start of its own, so `g` followed by `j` still goes to the next section
 * and `g` followed by Escape still closes the overlay.
 */
export function resolveKey(trie: KeyTrie, pending: readonly string[], key: string): KeyResolution {
  const node = childrenAt(trie, pending)?.get(key);
  if (node === undefined) {
    return pending.length === 0 ? { pending: [] } : resolveKey(trie, [], key);
  }
  if ('command' in node) return { command: node.command, pending: [] };
  return { pending: [...pending, key] };
}

function childrenAt(trie: KeyTrie, keys: readonly string[]): KeyTrie | undefined {
  let level: KeyTrie = trie;
  for (const key of keys) {
    const node = level.get(key);
    if (node === undefined || 'command' in node) return undefined;
    level = node.next;
  }
  return level;
}

function toBoundCommand(sequence: KeySequence, binding: string): BoundCommand {
  const { id, arg } = parseBinding(binding);
  const spec = COMMANDS_BY_ID.get(id);
  if (!spec) throw new Error(`Key ${JSON.stringify(sequence)} is bound to unknown command "${id}"`);
  const needsArgument = spec.numericArgument === true;
  if (needsArgument && arg === undefined) {
    throw new Error(`Key ${JSON.stringify(sequence)}: command "${id}" needs a number, as in "${id} 1"`);
  }
  if (!needsArgument && arg !== undefined) {
    throw new Error(`Key ${JSON.stringify(sequence)}: command "${id}" takes no number`);
  }
  // COMMANDS_BY_ID only holds ids from COMMANDS, so the lookup above proved this is a CommandId.
  const commandId = id as CommandId;
  return arg === undefined ? { id: commandId } : { id: commandId, arg };
}

function prefixConflict(sequence: KeySequence): Error {
  return new Error(
    `Key sequence ${JSON.stringify(sequence)} overlaps another binding: one sequence may not start another`,
  );
}
