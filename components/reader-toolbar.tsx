import { nextTheme, stepFontSize, type ReaderSettings } from '../lib/settings/reader-settings';
import { Icon, type IconName } from './icons';
import { KeepMenu, type KeepMenuProps } from './keep-menu';
import { t, type MessageKey } from './messages';

export interface ReaderToolbarProps {
  settings: ReaderSettings;
  onSettings: (change: Partial<ReaderSettings>) => void;
  /** Where the reader is ("Section 2 of 4 · 3 min left"); absent outside an article. */
  position?: string;
  /** Said politely to screen readers when the current section changes. */
  announcement?: string;
  outlineOpen?: boolean;
  onToggleOutline?: () => void;
  onHelp?: () => void;
  openInTab?: () => void;
  openOptions?: () => void;
  /** Present with an article: starts, pauses or resumes reading aloud. */
  onReadAloud?: () => void;
  readingAloud?: boolean;
  keep?: KeepMenuProps;
}

/**
 * The reader's controls as icon buttons, each named for screen readers and tooltips. The row wraps
 * instead of overflowing, so every control stays inside even a 360-px window.
 */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { settings, onSettings, position, announcement, outlineOpen, onToggleOutline, onHelp, openInTab, openOptions, onReadAloud, readingAloud, keep } = props;
  return (
    <header class="reader__toolbar">
      {onToggleOutline && (
        <ToolbarButton icon="outline" label="toggleOutline" onClick={onToggleOutline} pressed={outlineOpen} testId="toggle-outline" />
      )}
      <p class="reader__position" data-testid="reader-position">
        {position}
      </p>
      <div class="reader__tools" role="toolbar" aria-label={t('toolbarLabel')}>
        <ToolbarButton icon="smaller" label="smallerText" testId="smaller-text"
          onClick={() => onSettings({ fontSize: stepFontSize(settings.fontSize, -1) })} />
        <ToolbarButton icon="larger" label="largerText" testId="larger-text"
          onClick={() => onSettings({ fontSize: stepFontSize(settings.fontSize, 1) })} />
        <ToolbarButton icon="typeface" label={settings.fontFamily === 'serif' ? 'useSans' : 'useSerif'} testId="typeface"
          onClick={() => onSettings({ fontFamily: settings.fontFamily === 'serif' ? 'sans' : 'serif' })} />
        <ToolbarButton icon="theme" label="themeButton" labelArgs={[t(`theme_${settings.theme}`)]} testId="theme"
          onClick={() => onSettings({ theme: nextTheme(settings.theme) })} />
        {onReadAloud && (
          <ToolbarButton icon="listen" label="readAloud" onClick={onReadAloud} pressed={readingAloud} testId="read-aloud" />
        )}
        {keep && <KeepMenu {...keep} />}
        {openInTab && <ToolbarButton icon="openInTab" label="openInTab" onClick={openInTab} testId="open-in-tab" />}
        {openOptions && <ToolbarButton icon="settings" label="openOptions" onClick={openOptions} testId="open-options" />}
        {onHelp && <ToolbarButton icon="help" label="keyboardShortcuts" onClick={onHelp} testId="open-help" />}
      </div>
      {/* Announced, not shown: a live visible position line would be read out on every scroll. */}
      <div class="visually-hidden" aria-live="polite" data-testid="section-announcement">
        {announcement}
      </div>
    </header>
  );
}

interface ToolbarButtonProps {
  icon: IconName;
  label: MessageKey;
  labelArgs?: string[];
  onClick: () => void;
  pressed?: boolean;
  testId: string;
}

function ToolbarButton({ icon, label, labelArgs = [], onClick, pressed, testId }: ToolbarButtonProps) {
  const name = t(label, ...labelArgs);
  return (
    <button type="button" class="icon-button" aria-label={name} title={name} aria-pressed={pressed} onClick={onClick} data-testid={testId}>
      <Icon name={icon} />
    </button>
  );
}
