import { describe, expect, it, test } from 'vitest';
import { COMMAND_GROUPS, COMMANDS } from '../../lib/keys/commands';
import { DEFAULT_KEYMAP } from '../../lib/keys/default-keymap';
import { keyFromEvent } from '../../lib/keys/key-event';
import { compileKeymap, parseBinding, parseKeySequence } from '../../lib/keys/resolve-key';

const COMMAND_IDS = new Set<string>(COMMANDS.map((command) => command.id));
const BINDINGS = Object.entries(DEFAULT_KEYMAP).map(([sequence, binding]) => ({
  sequence,
  keys: parseKeySequence(sequence),
  ...parseBinding(binding),
}));

// Space, Shift+Space and the arrows scroll natively; Tab moves focus.
const KEYS_LEFT_UNBOUND = [
  'Space',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Tab',
];

describe('COMMANDS', () => {
  test.each(COMMANDS)('$id has the required properties', (command) => {
    expect(command.id).toMatch(/^[a-z][A-Za-z]*$/);
    expect(COMMAND_GROUPS).toContain(command.group);
  });

  it('has unique ids', () => {
    expect(COMMAND_IDS.size).toBe(COMMANDS.length);
  });

  test.each(COMMANDS)('$id has at least one default key', (command) => {
    expect(BINDINGS.filter((binding) => binding.id === command.id)).not.toHaveLength(0);
  });
});

describe('DEFAULT_KEYMAP', () => {
  test.each(BINDINGS)('"$sequence" maps to an existing command', ({ id }) => {
    expect(COMMAND_IDS).toContain(id);
  });

  test.each(BINDINGS)('"$sequence" supplies a number only to commands that take one', ({ id, arg }) => {
    const command = COMMANDS.find((candidate) => candidate.id === id);
    const takesNumber = command !== undefined && 'numericArgument' in command;
    expect(arg !== undefined).toBe(takesNumber);
  });

  test.each(BINDINGS)('"$sequence" uses key names keyFromEvent produces', ({ keys }) => {
    for (const key of keys) {
      const event = { key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, target: null };
      expect(keyFromEvent(event)).toBe(key);
    }
  });

  it('has no sequence that starts another (only the intended multi-key ones exist)', () => {
    const overlaps = BINDINGS.flatMap((shorter) =>
      BINDINGS.filter(
        (longer) =>
          longer !== shorter &&
          longer.keys.length > shorter.keys.length &&
          shorter.keys.every((key, index) => longer.keys[index] === key),
      ).map((longer) => `${shorter.sequence} / ${longer.sequence}`),
    );
    expect(overlaps).toEqual([]);
    expect(BINDINGS.filter((binding) => binding.keys.length > 1).map((b) => b.sequence)).toEqual([
      'g g',
    ]);
  });

  it('compiles without errors', () => {
    expect(() => compileKeymap(DEFAULT_KEYMAP)).not.toThrow();
  });

  it('binds digits 1–9 to the section with that number', () => {
    const digitBindings = BINDINGS.filter((binding) => /^\d$/.test(binding.sequence));
    expect(digitBindings.map((binding) => binding.sequence)).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    );
    for (const binding of digitBindings) {
      expect(binding).toMatchObject({ id: 'sectionByNumber', arg: Number(binding.sequence) });
    }
  });

  test.each(KEYS_LEFT_UNBOUND)('leaves %s unbound', (key) => {
    expect(BINDINGS.flatMap((binding) => binding.keys)).not.toContain(key);
  });
});
