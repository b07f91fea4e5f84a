import { collapsedText } from '../extract/text-blocks';

/** How month names start in the languages of the pages the reader was made for first: Indonesian and English. */
const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'mei may', 'jun', 'jul', 'agu agt aug', 'sep', 'okt oct', 'nov nop', 'des dec'];
/** Indonesia's three time zones, as its news sites write them after the time. */
const ZONES: Record<string, string> = { wib: '+07:00', wita: '+08:00', wit: '+09:00', utc: 'Z', gmt: 'Z', z: 'Z' };

/** ISO 8601 as pages get it wrong: "T14-05-11", "+07:00Z", " UTC", "2022-5-3", "20180619T055000+0900". */
const ISO_WITH_SLIPS = /^(\d{4})-?(\d{1,2})-?(\d{1,2})(?:[T ](\d{1,2})[:-]?(\d{2})(?:[:-]?(\d{2}))?(?:\.\d+)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?\s*z?$/i;
/** A day, a month's name and a year, then perhaps a time and a zone: "Jumat, 19 Juni 2015 13:06 WIB". */
const DAY_MONTH_YEAR = /(?:^|[\s,])(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d{4})(?:\D{1,5}?(\d{1,2})[:.](\d{2}))?\s*(wib|wita|wit|utc|gmt)?\b/iu;
/** Seconds or milliseconds since 1970, as some sites put in their meta tags. */
const EPOCH = /^(\d{10}|\d{13})$/;

/**
 * The reader shows the publication date in the reader's language, which needs a time the browser
 * can read (ISO 8601). Pages write it in many ways: what the browser reads already stays as
 * written; the common slips of ISO, times since 1970 and a day with a month's name are rewritten;
 * anything else is kept as the page wrote it.
 */
export function readablePublishedTime(raw: string): string {
  const text = collapsedText(raw);
  if (text === '' || !Number.isNaN(Date.parse(text))) return text;
  return fromEpoch(text) ?? fromIsoWithSlips(text) ?? fromDayMonthYear(text) ?? text;
}

function fromEpoch(text: string): string | undefined {
  if (!EPOCH.test(text)) return undefined;
  const date = new Date(text.length === 13 ? Number(text) : Number(text) * 1000);
  const year = date.getUTCFullYear();
  return year >= 1995 && year <= 2100 ? date.toISOString() : undefined;
}

function fromIsoWithSlips(text: string): string | undefined {
  const match = ISO_WITH_SLIPS.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  const offset = zone ? (ZONES[zone.toLowerCase()] ?? zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
  return isoOf(Number(year), Number(month), Number(day), hour, minute, second, offset);
}

function fromDayMonthYear(text: string): string | undefined {
  const match = DAY_MONTH_YEAR.exec(text);
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, zone] = match;
  const start = monthName!.slice(0, 3).toLowerCase();
  const month = MONTH_STARTS.findIndex((starts) => starts.split(' ').includes(start)) + 1;
  if (month === 0) return undefined;
  return isoOf(Number(year), month, Number(day), hour, minute, undefined, zone ? ZONES[zone.toLowerCase()]! : '');
}

/** Only a real day and time: 31 February or 25:00 is not a date, whatever the page says. */
function isoOf(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, offset = ''): string | undefined {
  const pad = (value: number | string) => String(value).padStart(2, '0');
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  const time = `${pad(hour ?? 0)}:${pad(minute ?? 0)}:${pad(second ?? 0)}`;
  // The calendar moves an impossible day or hour on: what comes back differs from what was asked.
  const real = new Date(Date.UTC(year, month - 1, day, Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0)));
  if (real.toISOString().slice(0, 19) !== `${ymd}T${time}`) return undefined;
  if (hour === undefined) return ymd;
  return `${ymd}T${pad(hour)}:${pad(minute!)}${second === undefined ? '' : `:${pad(second)}`}${offset}`;
}
