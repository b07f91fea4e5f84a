/**
 * Every command the reader's keyboard layer can run. The help dialog and the keymap
 * data tests are generated from this table, so a command that is missing here does not exist.
 *
 * Properties of each entry:
 * - `id`: stable camelCase name. Keymaps (the defaults and, later, user remaps) and the popup's
 *   handlers refer to commands by it, so renaming one breaks saved keymaps.
 * - `description`: one imperative sentence, shown as written in the help dialog.
 * - `group`: the help-dialog heading the command is listed under. Groups appear in the order
 *   they first occur in this table, and so do commands within a group.
 * - `numericArgument` (optional): the command needs a number, which every binding to it must supply
 *   (`'sectionByNumber 3'`). `compileKeymap` rejects bindings that supply one when the command does not
 *   take one, and bindings that leave it out when it does.
 * - `repeatable` (optional): the command runs again on keyboard auto-repeat while its key is held.
 *   Holding `j` to skim sections is useful. Holding `?` would only make the overlay flicker, so
 *   toggles and jumps run once per press.
 */
export interface CommandSpec {
  readonly id: string;
  readonly description: string;
  readonly group: string;
  readonly numericArgument?: true;
  readonly repeatable?: true;
}

export const COMMANDS = [
  { id: 'nextSection', description: 'Go to the next section', group: 'Sections', repeatable: true },
  {
    id: 'previousSection',
    description: 'Go to the previous section',
    group: 'Sections',
    repeatable: true,
  },
  {
    id: 'sectionByNumber',
    description: 'Jump to section N of the outline',
    group: 'Sections',
    numericArgument: true,
  },
  {
    id: 'focusOutline',
    description: 'Move focus to the outline (then use its arrow keys)',
    group: 'Sections',
  },
  { id: 'top', description: 'Go to the top of the article', group: 'Page' },
  { id: 'bottom', description: 'Go to the bottom of the article', group: 'Page' },
  // d / u are the Vimium keys; Space and the arrows keep their native scrolling.
  { id: 'halfPageDown', description: 'Scroll down half a page', group: 'Page', repeatable: true },
  { id: 'halfPageUp', description: 'Scroll up half a page', group: 'Page', repeatable: true },
  { id: 'toggleHelp', description: 'Show or hide this list of shortcuts', group: 'Help' },
  {
    id: 'closeOverlay',
    description: 'Close the open overlay and cancel a half-typed key sequence',
    group: 'Help',
  },
] as const satisfies readonly CommandSpec[];

export type Command = (typeof COMMANDS)[number];
export type CommandId = Command['id'];
