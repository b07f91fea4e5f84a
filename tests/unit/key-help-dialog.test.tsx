import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { KeyHelpDialog, type KeyHelpDialogProps } from '../../components/key-help-dialog';
import { COMMANDS, type CommandSpec } from '../../lib/keys/commands';
import { DEFAULT_KEYMAP } from '../../lib/keys/default-keymap';
import { readLocale, useLocale } from './support/chrome-i18n';
import { renderContainer } from './support/render-container';

const EN = readLocale('en');
const ID = readLocale('id');
const message = (messages: typeof EN, key: string) => messages[key]!.message;

const mounted = renderContainer();


async function show(props: Partial<KeyHelpDialogProps> = {}) {
  await act(() => render(<KeyHelpDialog open onClose={() => {}} {...props} />, mounted.current));
  return mounted.current.querySelector<HTMLElement>('[data-testid="key-help"]');
}

function row(dialog: HTMLElement, commandId: string) {
  const found = dialog.querySelector<HTMLElement>(`[data-command="${commandId}"]`);
  if (!found) throw new Error(`No row for ${commandId}`);
  return found;
}

const keycaps = (element: Element) => [...element.querySelectorAll('kbd')].map((kbd) => kbd.textContent);


describe('KeyHelpDialog', () => {
  it('renders nothing when closed', async () => {
    expect(await show({ open: false })).toBeNull();
    expect(mounted.current.innerHTML).toBe('');
  });

  it('is a labelled modal dialog', async () => {
    const dialog = (await show())!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Keyboard shortcuts');
  });

  it('lists every command under its group, in table order', async () => {
    const dialog = (await show())!;
    const groups = [...dialog.querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(groups).toEqual([...new Set(COMMANDS.map((command) => message(EN, `group_${command.group}`)))]);
    for (const command of COMMANDS) {
      const commandRow = row(dialog, command.id);
      const description = message(EN, `command_${command.id}`).replace('$NUMBER$', 'N');
      expect(commandRow.textContent).toContain(description);
      expect(commandRow.closest('section')?.querySelector('h3')?.textContent).toBe(message(EN, `group_${command.group}`));
    }
  });

  it('shows each command with its keys as keycaps', async () => {
    const dialog = (await show())!;
    expect(keycaps(row(dialog, 'nextSection'))).toEqual(['j']);
    expect(keycaps(row(dialog, 'top'))).toEqual(['g', 'g', 'Home']);
    expect(keycaps(row(dialog, 'bottom'))).toEqual(['G', 'End']);
    expect(keycaps(row(dialog, 'closeOverlay'))).toEqual(['Esc']);
  });

  it('shows g g as two keys pressed in sequence', async () => {
    const dialog = (await show())!;
    const sequence = row(dialog, 'top').querySelector('.key-help__sequence');
    expect(keycaps(sequence!)).toEqual(['g', 'g']);
  });

  it('collapses the digit keys into one "1 – 9" row', async () => {
    const dialog = (await show())!;
    const digits = row(dialog, 'sectionByNumber');
    expect(keycaps(digits)).toEqual(['1', '9']);
    expect(digits.querySelector('dt')?.textContent).toBe('1 – 9');
    expect(dialog.querySelectorAll('[data-command="sectionByNumber"]')).toHaveLength(1);
  });

  it('keeps short digit runs as separate keys', async () => {
    const dialog = (await show({ keymap: { '1': 'sectionByNumber 1', '2': 'sectionByNumber 2' } }))!;
    expect(row(dialog, 'sectionByNumber').querySelector('dt')?.textContent).toBe('1 or 2');
  });

  it('is generated from the data: a new command in a copy of the table appears', async () => {
    const commands: CommandSpec[] = [
      ...COMMANDS,
      { id: 'toggleTheme', group: 'view' },
    ];
    const before = (await show())!.textContent;
    const dialog = (await show({ commands, keymap: { ...DEFAULT_KEYMAP, 'T h': 'toggleTheme' } }))!;

    expect(dialog.textContent).not.toBe(before);
    expect(keycaps(row(dialog, 'toggleTheme'))).toEqual(['T', 'h']);
    expect(row(dialog, 'toggleTheme').closest('section')?.querySelector('h3')?.textContent).toBe('View');
  });

  it('speaks Indonesian when the browser does, keys and all', async () => {
    useLocale('id');
    const dialog = (await show({ keymap: { j: 'nextSection', Escape: 'closeOverlay' } }))!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Pintasan keyboard');
    expect(row(dialog, 'nextSection').textContent).toContain(message(ID, 'command_nextSection'));
    expect(row(dialog, 'previousSection').textContent).toContain(message(ID, 'keyNotBound'));
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Tutup']);
  });

  it('shows the keymap it is given, so a remapped key appears at once', async () => {
    const dialog = (await show({ keymap: { ...DEFAULT_KEYMAP, n: 'nextSection' } }))!;
    expect(keycaps(row(dialog, 'nextSection'))).toEqual(['j', 'n']);
  });

  it('says when a command has no key', async () => {
    const dialog = (await show({ keymap: { j: 'nextSection' } }))!;
    expect(row(dialog, 'previousSection').textContent).toContain('not bound');
  });

  it('closes from its Close button', async () => {
    const onClose = vi.fn();
    const dialog = (await show({ onClose }))!;
    const close = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Close');
    close!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape and marks the key handled so the window keymap does not run it again', async () => {
    const onClose = vi.fn();
    const dialog = (await show({ onClose }))!;
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    dialog.querySelector('button')!.dispatchEvent(event);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('moves focus to Close on open and restores it on close', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();

    const dialog = (await show())!;
    expect(document.activeElement).toBe(dialog.querySelector('button'));

    await show({ open: false });
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('uses no inline styles, which the popup CSP forbids', async () => {
    const dialog = (await show())!;
    expect(dialog.querySelectorAll('[style]')).toHaveLength(0);
    expect(dialog.hasAttribute('style')).toBe(false);
  });
});
