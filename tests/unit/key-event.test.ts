import { describe, expect, it } from 'vitest';
import { keyFromEvent, type KeyEventLike } from '../../lib/keys/key-event';

// Plain objects, not DOM events: keyFromEvent must run anywhere, and these cases read as data.
function event(overrides: Partial<KeyEventLike> = {}): KeyEventLike {
  return {
    key: 'j',
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    shiftKey: false,
    target: null,
    ...overrides,
  };
}

describe('keyFromEvent', () => {
  it('returns event.key for a plain key press', () => {
    expect(keyFromEvent(event())).toBe('j');
    expect(keyFromEvent(event({ key: 'Escape' }))).toBe('Escape');
    expect(keyFromEvent(event({ key: 'Home' }))).toBe('Home');
  });

  it.each(['ctrlKey', 'altKey', 'metaKey'] as const)('ignores keys pressed with %s', (modifier) => {
    expect(keyFromEvent(event({ [modifier]: true }))).toBeNull();
  });

  it('allows Shift: Shift+g gives G and Shift+/ gives ?', () => {
    expect(keyFromEvent(event({ key: 'G', shiftKey: true }))).toBe('G');
    expect(keyFromEvent(event({ key: '?', shiftKey: true }))).toBe('?');
  });

  it('upper-cases a letter that a synthetic event sends unshifted with shiftKey set', () => {
    expect(keyFromEvent(event({ key: 'g', shiftKey: true }))).toBe('G');
  });

  it('keeps digits typed with Shift, as AZERTY layouts require', () => {
    expect(keyFromEvent(event({ key: '3', shiftKey: true }))).toBe('3');
  });

  it('ignores keys while an IME is composing', () => {
    expect(keyFromEvent(event({ isComposing: true }))).toBeNull();
  });

  it('ignores keyCode 229, which starts an IME composition', () => {
    expect(keyFromEvent(event({ key: 'Process', keyCode: 229 }))).toBeNull();
    expect(keyFromEvent(event({ key: 'j', keyCode: 229 }))).toBeNull();
  });

  it.each(['INPUT', 'TEXTAREA', 'SELECT', 'input'])('ignores keys typed in %s', (tagName) => {
    expect(keyFromEvent(event({ target: { tagName } }))).toBeNull();
  });

  it('ignores keys typed in contenteditable content', () => {
    expect(keyFromEvent(event({ target: { tagName: 'P', isContentEditable: true } }))).toBeNull();
  });

  it('handles keys on other elements, the window, and targets without tag names', () => {
    expect(keyFromEvent(event({ target: { tagName: 'BUTTON', isContentEditable: false } }))).toBe('j');
    expect(keyFromEvent(event({ target: {} }))).toBe('j');
  });

  it.each(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph'])(
    'ignores a bare %s press so it cannot break a half-typed sequence',
    (key) => {
      expect(keyFromEvent(event({ key, shiftKey: key === 'Shift' }))).toBeNull();
    },
  );

  it.each(['Dead', 'Unidentified', 'Process'])('ignores %s, which names no character', (key) => {
    expect(keyFromEvent(event({ key }))).toBeNull();
  });

  it('ignores keys a focused widget already handled', () => {
    expect(keyFromEvent(event({ defaultPrevented: true }))).toBeNull();
  });

  it('names the space bar Space, so sequences can be split on spaces', () => {
    expect(keyFromEvent(event({ key: ' ' }))).toBe('Space');
  });
});
