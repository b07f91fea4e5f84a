/**
 * Toolbar icons, drawn on a 24-px grid with a 2-px stroke in the text colour, so they follow the theme.
 * They are decoration: every button that shows one carries its name in aria-label and title.
 */
const PATHS = {
  outline: 'M4 6h2M9 6h11M4 12h2M9 12h11M4 18h2M9 18h11',
  smaller: 'M3 19l5-13 5 13M4.8 15h6.4M15 12h6',
  larger: 'M3 19l5-13 5 13M4.8 15h6.4M15 12h6M18 9v6',
  typeface: 'M4 19l4.5-13h1L14 19M5.7 14.5h7.6M17 11.5a2.5 2.5 0 1 1 0 5h-1V9',
  // Half a disc inside a circle: light and dark.
  theme: 'M12 3a9 9 0 1 0 0 18z',
  openInTab: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01',
  close: 'M6 6l12 12M18 6L6 18',
  // A speaker with sound waves: read aloud.
  listen: 'M4 9h3l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11',
  // An arrow into a tray: copy, save and print take the article away with you.
  keep: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  pause: 'M9 5v14M15 5v14',
  play: 'M8 5l11 7-11 7z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {name === 'theme' && <circle cx="12" cy="12" r="9" fill="none" />}
      <path d={PATHS[name]} fill={name === 'theme' ? 'currentColor' : 'none'} />
    </svg>
  );
}
