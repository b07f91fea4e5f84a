/**
 * Every command the reader's keyboard layer can run. The help dialog, the options page and the
 * keymap data tests are generated from this table, so a command that is missing here does not exist.
 *
 * Properties of each entry:
 * - `id`: stable camelCase name. Keymaps (the defaults and the user's remaps) and the reader's
 *   handlers refer to commands by it, so renaming one breaks saved keymaps. Its description is the
 *   message `command_<id>` in public/_locales, in every language the reader speaks.
 * - `group`: the help-dialog heading the command is listed under (message `group_<group>`). Groups
 *   appear in the order they first occur in this table, and so do commands within a group.
 * - `numericArgument` (optional): the command needs a number, which every binding to it must supply
 *   (`'sectionByNumber 3'`). `compileKeymap` rejects bindings that supply one when the command does not
 *   take one, and bindings that leave it out when it does.
 * - `repeatable` (optional): the command runs again on keyboard auto-repeat while its key is held.
 *   Holding `j` to skim sections is useful. Holding `?` would only make the overlay flicker, so
 *   toggles and jumps run once per press.
 */
export interface CommandSpec {
  readonly id: string;
  readonly group: CommandGroup;
  readonly numericArgument?: true;
  readonly repeatable?: true;
}

export const COMMAND_GROUPS = ['sections', 'page', 'view', 'listen', 'keep', 'help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

export const COMMANDS = [
  { id: 'nextSection', group: 'sections', repeatable: true },
  { id: 'previousSection', group: 'sections', repeatable: true },
  { id: 'sectionByNumber', group: 'sections', numericArgument: true },
  { id: 'focusOutline', group: 'sections' },
  { id: 'resumePosition', group: 'sections' },
  { id: 'nextPage', group: 'sections' },
  { id: 'previousPage', group: 'sections' },
  { id: 'top', group: 'page' },
  { id: 'bottom', group: 'page' },
  // d / u are the Vimium keys; Space and the arrows keep their native scrolling.
  { id: 'halfPageDown', group: 'page', repeatable: true },
  { id: 'halfPageUp', group: 'page', repeatable: true },
  { id: 'toggleOutline', group: 'view' },
  { id: 'toggleRemoved', group: 'view' },
  // One key starts, pauses and resumes, like a media player's play button; Esc (closeOverlay) stops.
  { id: 'readAloud', group: 'listen' },
  { id: 'copyMarkdown', group: 'keep' },
  { id: 'saveHtml', group: 'keep' },
  { id: 'saveMarkdown', group: 'keep' },
  { id: 'print', group: 'keep' },
  { id: 'toggleHelp', group: 'help' },
  { id: 'closeOverlay', group: 'help' },
] as const satisfies readonly CommandSpec[];

export type Command = (typeof COMMANDS)[number];
export type CommandId = Command['id'];
