import { describe, expect, it } from 'vitest';
import { COMMANDS } from '@/lib/keys/commands';
import { DEFAULT_KEYMAP, type Keymap } from '@/lib/keys/default-keymap';
import {
  addBinding,
  bindableTargets,
  findConflict,
  normalizeKeymap,
  removeBinding,
  sequencesFor,
} from '@/lib/keys/user-keymap';

describe('normalizeKeymap', () => {
  it.each([null, undefined, 'j', 42, ['nextSection']])('replaces the non-object %j by the defaults', (raw) => {
    expect(normalizeKeymap(raw)).toBe(DEFAULT_KEYMAP);
  });

  it('replaces a map with a non-string value by the defaults', () => {
    expect(normalizeKeymap({ j: 'nextSection', k: 7 })).toBe(DEFAULT_KEYMAP);
  });

  it('replaces a map binding an unknown command by the defaults', () => {
    expect(normalizeKeymap({ j: 'nextSection', x: 'deleteEverything' })).toBe(DEFAULT_KEYMAP);
  });

  it('replaces a map where one sequence starts another by the defaults', () => {
    expect(normalizeKeymap({ g: 'top', 'g g': 'bottom' })).toBe(DEFAULT_KEYMAP);
  });

  it('keeps a valid remap as it is', () => {
    const remap = { n: 'nextSection', p: 'previousSection', 'g t': 'top', F1: 'sectionByNumber 4' };
    expect(normalizeKeymap(remap)).toEqual(remap);
  });
});

describe('findConflict', () => {
  const keymap: Keymap = { j: 'nextSection', 'g g': 'top', x: 'bottom' };

  it('reports a sequence bound to another target as taken', () => {
    expect(findConflict(keymap, 'j', 'previousSection')).toEqual({ kind: 'taken', sequence: 'j', binding: 'nextSection' });
  });

  it('finds no conflict when the sequence already has that same binding', () => {
    expect(findConflict(keymap, 'j', 'nextSection')).toBeNull();
  });

  it('reports a key that starts an existing sequence', () => {
    expect(findConflict(keymap, 'g', 'bottom')).toEqual({ kind: 'prefix', sequence: 'g', other: 'g g' });
  });

  it('reports a sequence that starts with an existing key', () => {
    expect(findConflict(keymap, 'x y', 'top')).toEqual({ kind: 'prefix', sequence: 'x y', other: 'x' });
  });

  it('finds no conflict for a free key', () => {
    expect(findConflict(keymap, 'n', 'nextSection')).toBeNull();
  });
});

describe('addBinding and removeBinding', () => {
  it('adds a free sequence', () => {
    expect(addBinding({ j: 'nextSection' }, 'n', 'nextSection')).toEqual({ j: 'nextSection', n: 'nextSection' });
  });

  it('refuses a taken sequence and a prefix conflict, leaving the map unchanged', () => {
    const keymap: Keymap = { j: 'nextSection', 'g g': 'top' };
    expect(addBinding(keymap, 'j', 'previousSection')).toEqual(keymap);
    expect(addBinding(keymap, 'g', 'bottom')).toEqual(keymap);
  });

  it('removes one sequence and leaves the others', () => {
    expect(removeBinding({ j: 'nextSection', n: 'nextSection', k: 'previousSection' }, 'j')).toEqual({
      n: 'nextSection',
      k: 'previousSection',
    });
  });
});

describe('bindableTargets', () => {
  it('lists sectionByNumber 1..9 and every other command once, in table order', () => {
    const expected = COMMANDS.flatMap((command): string[] =>
      command.id === 'sectionByNumber'
        ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `sectionByNumber ${n}`)
        : [command.id],
    );
    const targets = bindableTargets();
    expect(targets).toEqual(expected);
    expect(targets).toHaveLength(COMMANDS.length - 1 + 9);
    expect(new Set(targets).size).toBe(targets.length);
  });
});

describe('sequencesFor', () => {
  it('lists the sequences bound to one target in keymap order', () => {
    expect(sequencesFor(DEFAULT_KEYMAP, 'top')).toEqual(['g g', 'Home']);
    expect(sequencesFor(DEFAULT_KEYMAP, 'sectionByNumber 3')).toEqual(['3']);
    expect(sequencesFor({ j: 'nextSection' }, 'top')).toEqual([]);
  });
});
