import { collapsedText } from '../extract/text-blocks';

/**
 * What a page's byline holds besides its writers: a date, a time, a reading time, a follow button,
 * a label. Each is a word (or a number) of a run that is not a name; a run counts when it holds a
 * label, or a number with more than itself ("28.04.2023, 19:09", "Dec 13, 2016 at 3:45 pm"),
 * since a lone number may belong to a name ("BR24 Redaktion").
 */
const LABEL = 'published|(?:last )?updated|posted|diperbarui|diterbitkan|aktualisiert|follow|twitter|bio|lesedauer|lesezeit|e-?mail';
const DATE_WORD = [
  'jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|ma[iy]|mei|mayo|jun[ei]?|jul[iy]?|aug(?:ust)?|agu(?:stus)?|sept?(?:ember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cs](?:ember)?',
  '\\p{L}+day|mon|tue|wed|thu|fri|sat|sun|senin|selasa|rabu|kamis|jumat|sabtu|minggu|today',
  '[ap]\\.?m\\.?|gmt[+\\-\\d]*|utc|wib|wita|wit|[ecmp][sd]t|et|bst',
  'mins?|minutes?|minuten|menit|hrs?|read|baca|ago|words',
  'at|on|de|um|pukul',
].join('|');
const NUMBER = '\\d[\\d.:/\\-年月日時分]*(?:st|nd|rd|th|[ap]m)?';
const UNIT = `(?:${NUMBER}|(?<!\\p{L})(?:${LABEL}|${DATE_WORD}):?(?!\\p{L}))`;
const NOISE = new RegExp(`${UNIT}(?:[\\s,.·+]*${UNIT})*`, 'giu');
const UNITS = new RegExp(UNIT, 'giu');
const LABEL_ONLY = new RegExp(`^(?:${LABEL})$`, 'iu');
/** A label or a month run into the word before it: "Jen MillsPublished Jul 17", "PostDec 13". */
const GLUED = /(?<=\p{Ll})(?=(?:Published|Updated|Posted|Follow|Twitter|Last)(?!\p{Ll}))|(?<=\p{L})(?=[A-Z][a-z]{2}\p{Ll}*\.? \d)/gu;
/** Where one field of a byline ends and the next begins: "Pete Evans · CBC News · Posted: …". */
const FIELD_BREAK = /(\s*(?:[|·•]|\s[-–—/]\s|^\/)\s*)/;
/** A social handle, run into the name or not ("April Glaser@aprilaser"); an e-mail address stays. */
const HANDLE = /@\w+(?![\w-]*\.\w)/g;
const LEAD_WORD = /^(?:by|oleh|von|par|por)\s+/i;
const LOOSE_ENDS = /^[\s,.:;–—-]+|[\s,.:;–—-]+$/g;

/**
 * The byline as the reader shows it, above a date line that shows `publishedTime` (ISO, see
 * published-time.ts). Some pages write the date, the reading time and a follow button into the
 * byline ("Laura Eßlinger 28.04.2023, 19:09 3 Min."): where the page gives a date the reader can
 * show, the byline keeps the writers' names alone; where it gives none, the byline's own date is
 * the only one there is, and the byline stays as written.
 */
export function shownByline(byline: string, publishedTime: string): string {
  return Number.isNaN(Date.parse(publishedTime)) ? byline : bylineNames(byline);
}

/**
 * The writers' names in a byline, without the dates, times, reading times and follow buttons
 * ("Posted on September 21, 2020 by Adi Tzlil"). Fields without any (a desk, a section) stay as
 * written; "" when no name is left.
 */
export function bylineNames(raw: string): string {
  const parts = collapsedText(raw).replace(GLUED, ' ').replace(HANDLE, ' ').split(FIELD_BREAK);
  let names = '';
  for (let index = 0; index < parts.length; index += 2) {
    const field = namesIn(collapsedText(parts[index]!)).replace(/^(.+) \1$/u, '$1');
    if (/\p{L}/u.test(field)) names += (names && parts[index - 1]) + field;
  }
  return names;
}

/** The text before the first run that is no name; after it, when the field starts with one. */
function namesIn(field: string): string {
  for (const run of field.matchAll(NOISE)) {
    const units = run[0].match(UNITS)!;
    const isNoise = units.some((unit) => LABEL_ONLY.test(unit.replace(/:$/, ''))) || (/\d/.test(run[0]) && (units.length > 1 || /\d\D+\d/.test(run[0])));
    if (!isNoise) continue;
    const before = field.slice(0, run.index).replace(LOOSE_ENDS, '');
    return before || namesIn(field.slice(run.index + run[0].length).replace(LOOSE_ENDS, '').replace(LEAD_WORD, ''));
  }
  return field;
}
