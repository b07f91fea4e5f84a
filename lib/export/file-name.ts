/** Long enough for any headline, short enough for every file system (255 bytes, UTF-8). */
const MAX_NAME_CHARS = 80;
/** Forbidden on Windows or meaningful to shells and file managers. */
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name for a saved article: its title, made safe, with the extension. */
export function articleFileName(title: string, extension: 'html' | 'md'): string {
  const cleaned = Array.from(title.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim())
    .slice(0, MAX_NAME_CHARS)
    .join('')
    // Trailing dots and spaces vanish on Windows; leading dots hide the file elsewhere.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const base = cleaned && !WINDOWS_RESERVED.test(cleaned) ? cleaned : 'article';
  return `${base}.${extension}`;
}
