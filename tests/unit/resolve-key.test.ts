import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, type Keymap } from '../../lib/keys/default-keymap';
import { compileKeymap, parseBinding, resolveKey } from '../../lib/keys/resolve-key';

const trie = compileKeymap(DEFAULT_KEYMAP);

/** Feeds keys one by one, as the hook does, and returns every command that ran plus what is still pending. */
function press(...keys: string[]) {
  let pending: string[] = [];
  const commands = [];
  for (const key of keys) {
    const resolution = resolveKey(trie, pending, key);
    pending = resolution.pending;
    if (resolution.command) commands.push(resolution.command);
  }
  return { commands, pending };
}

describe('resolveKey', () => {
  it.each([
    ['j', 'nextSection'],
    ['k', 'previousSection'],
    ['G', 'bottom'],
    ['Home', 'top'],
    ['End', 'bottom'],
    ['o', 'focusOutline'],
    ['?', 'toggleHelp'],
    ['Escape', 'closeOverlay'],
  ])('%s runs %s', (key, id) => {
    expect(resolveKey(trie, [], key)).toEqual({ command: { id }, pending: [] });
  });

  it('keeps g pending, then runs top on the second g', () => {
    expect(resolveKey(trie, [], 'g')).toEqual({ pending: ['g'] });
    expect(resolveKey(trie, ['g'], 'g')).toEqual({ command: { id: 'top' }, pending: [] });
  });

  it('resets when g is followed by a key that continues nothing', () => {
    expect(press('g', 'x')).toEqual({ commands: [], pending: [] });
  });

  it('lets the key after a broken sequence start fresh', () => {
    expect(press('g', 'j')).toEqual({ commands: [{ id: 'nextSection' }], pending: [] });
    expect(press('g', 'x', 'g', 'g')).toEqual({ commands: [{ id: 'top' }], pending: [] });
  });

  it('treats G as a key of its own, not the start of g g', () => {
    expect(press('G', 'g')).toEqual({ commands: [{ id: 'bottom' }], pending: ['g'] });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('digit %i jumps to that section', (section) => {
    expect(resolveKey(trie, [], String(section))).toEqual({
      command: { id: 'sectionByNumber', arg: section },
      pending: [],
    });
  });

  it('cancels a pending sequence on Escape and still closes the overlay', () => {
    expect(resolveKey(trie, ['g'], 'Escape')).toEqual({
      command: { id: 'closeOverlay' },
      pending: [],
    });
  });

  it('ignores unbound keys', () => {
    expect(resolveKey(trie, [], 'x')).toEqual({ pending: [] });
    expect(resolveKey(trie, [], 'Space')).toEqual({ pending: [] });
  });

  it('starts fresh when the pending keys are not a path in the trie', () => {
    expect(resolveKey(trie, ['q', 'q'], 'j')).toEqual({ command: { id: 'nextSection' }, pending: [] });
  });

  it('does not mutate the pending array it was given', () => {
    const pending = Object.freeze(['g']);
    resolveKey(trie, pending, 'x');
    expect(pending).toEqual(['g']);
  });

  it('handles sequences longer than two keys', () => {
    const longTrie = compileKeymap({ 'z z z': 'top' });
    expect(resolveKey(longTrie, ['z'], 'z')).toEqual({ pending: ['z', 'z'] });
    expect(resolveKey(longTrie, ['z', 'z'], 'z')).toEqual({ command: { id: 'top' }, pending: [] });
  });
});

describe('compileKeymap', () => {
  // Casts let these tests feed the mistakes a hand-edited or stored keymap could contain.
  const compile = (keymap: Record<string, string>) => () => compileKeymap(keymap as Keymap);

  it('rejects an unknown command', () => {
    expect(compile({ x: 'explode' })).toThrow(/unknown command "explode"/);
  });

  it('rejects a key that is also the start of a sequence, in either order', () => {
    expect(compile({ g: 'top', 'g g': 'top' })).toThrow(/overlaps/);
    expect(compile({ 'g g': 'top', g: 'top' })).toThrow(/overlaps/);
  });

  it('rejects a missing or unexpected number', () => {
    expect(compile({ '1': 'sectionByNumber' })).toThrow(/needs a number/);
    expect(compile({ j: 'nextSection 2' })).toThrow(/takes no number/);
  });

  it('rejects malformed sequences and bindings', () => {
    expect(compile({ 'g  g': 'top' })).toThrow(/Invalid key sequence/);
    expect(compile({ x: 'sectionByNumber -1' })).toThrow(/Invalid binding/);
  });
});

describe('parseBinding', () => {
  it('splits the command id from its number', () => {
    expect(parseBinding('nextSection')).toEqual({ id: 'nextSection' });
    expect(parseBinding('sectionByNumber 12')).toEqual({ id: 'sectionByNumber', arg: 12 });
  });
});
