/**
 * Reading saved pages and gold files from disk: gzip (fundus `.html.gz`) is detected by its magic
 * bytes, and the character set is sniffed the way the corpus needs (see `decodeHtml`).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b];
/** Browsers look for `<meta charset>` in the first 1024 bytes; saved pages often have more before it. */
const CHARSET_SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
/**
 * windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €). Node 20's TextDecoder('windows-1252')
 * decodes them as C1 controls (ISO-8859-1), so this table fills them in.
 */
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The bytes of a file, gunzipped when they are gzip. */
export async function readMaybeGzip(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  return isGzip(bytes) ? gunzipSync(bytes) : bytes;
}

/** An HTML page as text (`.html` or `.html.gz`). */
export async function readPageFile(path: string): Promise<string> {
  return decodeHtml(await readMaybeGzip(path));
}

/** A plain-text gold file as text (some CleanEval gold files are Latin-1). */
export async function readTextFile(path: string): Promise<string> {
  return decodeText(await readMaybeGzip(path));
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Valid UTF-8 wins over the declared charset: many corpus pages declare `gb2312`, `shift_jis` or
 * `iso-8859-1` but were re-saved as UTF-8 (readability/qq, postlight jvndb.jvn.jp, goose3 elmondo1).
 * Otherwise the `<meta charset>` is honoured, then windows-1252 (cleaneval-final/163.html).
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = decodeWithBom(bytes);
  if (bom !== null) return bom;
  const strict = tryUtf8(bytes);
  if (strict !== null) return strict;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared && !UTF8_LABELS.has(declared)) {
    const decoded = tryDecode(bytes, declared);
    if (decoded !== null) return decoded;
  }
  return decodeWindows1252(bytes);
}

export function decodeText(bytes: Uint8Array): string {
  return decodeWithBom(bytes) ?? tryUtf8(bytes) ?? decodeWindows1252(bytes);
}

/** What browsers use for legacy pages without a declaration (and for "iso-8859-1" labels). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control);
}

function decodeWithBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch {
    return null; // Unknown label (RangeError): fall back.
  }
}
