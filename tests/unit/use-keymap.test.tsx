import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useKeymap, type CommandHandlers, type UseKeymapOptions } from '../../components/use-keymap';

function Harness({ handlers, options }: { handlers: CommandHandlers; options?: UseKeymapOptions }) {
  useKeymap(handlers, options);
  return <input data-testid="search" />;
}

let container: HTMLElement;

async function mount(handlers: CommandHandlers, options?: UseKeymapOptions) {
  await act(() => render(<Harness handlers={handlers} options={options} />, container));
}

/** Dispatches a keydown the way a keyboard would: bubbling from `target` up to window. */
function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
  vi.useRealTimers();
});

describe('useKeymap', () => {
  it('runs the handler for j and k and prevents their default', async () => {
    const handlers = { nextSection: vi.fn(), previousSection: vi.fn() };
    await mount(handlers);

    expect(press('j').defaultPrevented).toBe(true);
    expect(press('k').defaultPrevented).toBe(true);

    expect(handlers.nextSection).toHaveBeenCalledTimes(1);
    expect(handlers.previousSection).toHaveBeenCalledTimes(1);
  });

  it('also hears keys dispatched on window itself', async () => {
    const nextSection = vi.fn();
    await mount({ nextSection });
    press('j', {}, window);
    expect(nextSection).toHaveBeenCalledTimes(1);
  });

  it('passes the section number from a digit key', async () => {
    const sectionByNumber = vi.fn();
    await mount({ sectionByNumber });
    press('3');
    expect(sectionByNumber).toHaveBeenCalledWith(3);
  });

  it('runs top after g g, and only after the second g', async () => {
    const top = vi.fn();
    await mount({ top });

    expect(press('g').defaultPrevented).toBe(false);
    expect(top).not.toHaveBeenCalled();
    expect(press('g').defaultPrevented).toBe(true);
    expect(top).toHaveBeenCalledTimes(1);
  });

  it('forgets a pending g after the sequence timeout', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const top = vi.fn();
    await mount({ top });

    press('g');
    vi.advanceTimersByTime(1001);
    press('g');
    expect(top).not.toHaveBeenCalled();
    press('g');
    expect(top).toHaveBeenCalledTimes(1);
  });

  it('honours a custom sequence timeout', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const top = vi.fn();
    await mount({ top }, { sequenceTimeoutMs: 3000 });

    press('g');
    vi.advanceTimersByTime(2500);
    press('g');
    expect(top).toHaveBeenCalledTimes(1);
  });

  it('runs G (Shift+g) and ? (Shift+/)', async () => {
    const handlers = { bottom: vi.fn(), toggleHelp: vi.fn() };
    await mount(handlers);
    press('G', { shiftKey: true });
    press('?', { shiftKey: true });
    expect(handlers.bottom).toHaveBeenCalledTimes(1);
    expect(handlers.toggleHelp).toHaveBeenCalledTimes(1);
  });

  it('ignores typing in an input', async () => {
    const handlers = { nextSection: vi.fn(), top: vi.fn() };
    await mount(handlers);
    const input = container.querySelector('input')!;
    input.focus();

    const event = press('j', {}, input);
    press('g', {}, input);
    press('g', {}, input);

    expect(handlers.nextSection).not.toHaveBeenCalled();
    expect(handlers.top).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('ignores keys with Ctrl, Alt or Meta held, and during IME composition', async () => {
    const nextSection = vi.fn();
    await mount({ nextSection });
    press('j', { ctrlKey: true });
    press('j', { altKey: true });
    press('j', { metaKey: true });
    press('j', { isComposing: true });
    expect(nextSection).not.toHaveBeenCalled();
  });

  it('leaves unbound keys and commands without a handler alone', async () => {
    await mount({ nextSection: vi.fn() });
    expect(press(' ').defaultPrevented).toBe(false);
    expect(press('ArrowDown').defaultPrevented).toBe(false);
    expect(press('End').defaultPrevented).toBe(false);
  });

  it('keeps the default when a handler returns false', async () => {
    const closeOverlay = vi.fn(() => false);
    await mount({ closeOverlay });
    expect(press('Escape').defaultPrevented).toBe(false);
    expect(closeOverlay).toHaveBeenCalledTimes(1);
  });

  it('skips keys a focused widget already handled', async () => {
    const top = vi.fn();
    await mount({ top });
    const widget = document.createElement('div');
    widget.addEventListener('keydown', (event) => event.preventDefault());
    container.append(widget);
    press('Home', {}, widget);
    expect(top).not.toHaveBeenCalled();
  });

  it('repeats skimming commands on auto-repeat but not toggles', async () => {
    const handlers = { nextSection: vi.fn(), toggleHelp: vi.fn() };
    await mount(handlers);
    press('j');
    press('j', { repeat: true });
    press('?', { shiftKey: true });
    press('?', { shiftKey: true, repeat: true });
    expect(handlers.nextSection).toHaveBeenCalledTimes(2);
    expect(handlers.toggleHelp).toHaveBeenCalledTimes(1);
  });

  it('calls the latest handlers after a re-render', async () => {
    const first = vi.fn();
    const second = vi.fn();
    await mount({ nextSection: first });
    await mount({ nextSection: second });
    press('j');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('stops listening on unmount', async () => {
    const nextSection = vi.fn();
    await mount({ nextSection });
    await act(() => render(null, container));
    press('j');
    expect(nextSection).not.toHaveBeenCalled();
  });

  it('uses a custom keymap', async () => {
    const nextSection = vi.fn();
    await mount({ nextSection }, { keymap: { n: 'nextSection' } });
    press('j');
    press('n');
    expect(nextSection).toHaveBeenCalledTimes(1);
  });
});
