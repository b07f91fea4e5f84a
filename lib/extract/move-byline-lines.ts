import { MIN_PROSE_CHARS, normalizedText } from './text-blocks';

const BYLINE_WORDS = 'by|oleh|penulis|reporter|editor|penyunting|written by|words by|von|par|por';
const BYLINE_LINE = new RegExp(`^(${BYLINE_WORDS})\\s*[:\\-–]?\\s+\\p{Lu}`, 'iu');
/**
 * Letter classes (`\p{L}`) make an expression slow to compile, and a click runs them on a freshly
 * loaded page: cheap tests of what a line must hold (a byline's word, a date's digit, a label's
 * one or two words) come first, and most lines never reach the expensive ones.
 */
const BYLINE_START = new RegExp(`^(${BYLINE_WORDS})\\s*[:\\-–]?\\s`, 'iu');
const DIGIT = /\d/;
const DATE_LINE =
  /^((updated|published|posted|diperbarui|dipublikasikan|diterbitkan)\s*:?\s*)?((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?\d{1,4}[\s/.\-](\d{1,2}|\p{L}{3,9})[\s/.\-,]+\d{2,4}([\s,|]+\d{1,2}[.:]\d{2}(\s*(wib|wita|wit|am|pm|utc|gmt|uhr))?)?$/u;
/**
 * "Published Jun 04, 2026 • Last updated 1 day ago • 2 minute read", "Aktualisiert am 28. April 2023, 20:22 Uhr",
 * "5 April 2013 Last updated at 10:08 GMT", "Stand: 24.04.2024 22:58 Uhr", "Uppdaterad 15.59 | Publicerad 14.14".
 */
const STAMP_WORDS =
  'published|updated|last updated|posted|first published|modified|aktualisiert|veröffentlicht|zuerst veröffentlicht|publiziert|erschienen|submitted on|stand|uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet|diperbarui|dipublikasikan|diterbitkan|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt';
const STAMP_LINE = new RegExp(`^(\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}\\s+|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\s+|[·•|]\\s*)?(${STAMP_WORDS})(?![\\p{L}\\p{N}]).{0,100}\\d`, 'u');
const STAMP_WORD = new RegExp(STAMP_WORDS);
/** A stamp names a day or a time, not just a year: "Published in 1998, …" is a sentence. */
const DATE_TOKEN = /\d{1,2}[:.]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\b(ago|lalu|yang lalu)\b/u;
/**
 * A date with a time of day and few words around them, in any language: "Thứ tư, 22/10/2025, 19:25
 * (GMT+7)", "Do 25.04.24 | 14:07 Uhr", "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00".
 */
const DATE_WITH_TIME = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,}(\/\p{L}+)?\.?,?\s+\d{4}/u;
const TIME_OF_DAY = /\b\d{1,2}[:.h]\d{2}\b/u;
const MAX_STAMP_WORDS = 5;
const SENTENCE_END = /\p{L}[.!?]$/u;
/** "2025年1月14日 01時28分 (1月14日 01時40分更新)": Japanese and Chinese date stamps. */
const CJK_DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日[\s\d:年月日時分()（）更新]*$/u;
/** A photo credit left at the top without its photo ("Tous droits réservés …", "© Reuters"). */
const CREDIT_LINE = /^(©|copyright\s*(©|\(c\)|\d{4}|:)|tous droits réservés|all rights reserved|(photo|foto|bild|image|crédit|credit)s?\s*:)/i;
/** "Copyright © AFP 2017-2026. …", "The-CNN-Wire ™ & © 2013 Cable News Network": the page's notice under the text. */
const COPYRIGHT_LINE = /^(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))|©\s*\d{4}|all rights reserved\.?$/i;
/** "2 minute read", "5 min read", "3 Min Lesezeit", "Lesezeit: 3 Minuten": reading-time stamps. */
const READING_TIME_LINE = /^(\d+\s*(min|minute|minutes|mins|menit)\s*(read|baca|de lecture|de leitura|di lettura|lesezeit|leestijd|lästid|lesetid)|(lesezeit|waktu baca|reading time)\s*:?\s*\d+.{0,20})$/i;
/** "Rahel Narda Chaterine | Senin, 12 Desember 2022 - 10:15 wib": the author's name before the date, on one line. */
const AUTHOR_DATE_LINE =
  /^[\p{L}\p{M} .,'’-]{2,60}\s*\|\s*((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}([\s,|–-]+\d{1,2}[.:]\d{2}(\s*(wib|wita|wit))?)?$/u;
/**
 * A channel or section label above the text: one or two upper-case words ("DUNIA", "MEGAPOLITAN"),
 * a channel's name ("detikNews", "Kompas.com"). Only above the first paragraph: lower down, a word in
 * capitals is a heading of the story.
 */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}\p{N}&-]{2,24}( \p{Lu}[\p{Lu}\p{N}&-]{1,24})?$/u;
const CHANNEL_NAME = /^\p{Ll}{3,12}\p{Lu}[\p{L}\p{N}]{1,20}$/u;
const SITE_NAME_LABEL = /^[\p{L}\p{N}-]{2,30}\.(com|co\.id|id|net|tv)( \p{Lu}\p{Ll}{2,20})?$/u;
const MAX_LINE_CHARS = 160;
/** How many blocks at each end of the article may be byline or date lines (the head holds more: kicker, standfirst, photo). */
const HEAD_BLOCKS = 8;
const TAIL_BLOCKS = 5;
/** Above the first paragraph of prose, every block is header material (share bars, stamps). */
const MAX_HEADER_BLOCKS = 20;

/**
 * Byline and date lines ("Oleh Rehia Sebayang", "Kamis, 4 Mei 2023 10:00 WIB") belong in the
 * header, not in the body; photo credits left above the text and copyright notices under it go. They are taken out of the body's first and last blocks (all the blocks
 * above its first paragraph, when a share bar or a photo pushes that further down) and returned, so
 * the header can show them when the page gave no byline elsewhere. The dateline that opens a news
 * lead ("Jakarta, IDN Times - …") is body text and stays.
 */
export function moveBylineLines(root: Element, knownByline: string): string[] {
  const blocks = [...root.querySelectorAll('p, div, span, address, time, h2, h3, h4, h5, h6')].filter(
    (block) => block.children.length === 0 || block.querySelectorAll('p, div').length === 0,
  );
  const firstProse = blocks.findIndex((block) => {
    const text = normalizedText(block);
    return block.tagName === 'P' && text.length >= MIN_PROSE_CHARS && !CREDIT_LINE.test(text) && !COPYRIGHT_LINE.test(text);
  });
  const headerEnd = Math.min(Math.max(HEAD_BLOCKS, firstProse), MAX_HEADER_BLOCKS);
  const headerBlocks = new Set(blocks.slice(0, headerEnd));
  const aboveText = new Set(blocks.slice(0, Math.max(0, firstProse)));
  const edges = [...headerBlocks, ...blocks.slice(-TAIL_BLOCKS)];
  const moved: string[] = [];
  for (const block of new Set(edges)) {
    const text = normalizedText(block);
    if (text.length === 0 || text.length > MAX_LINE_CHARS) continue;
    const isByline = (BYLINE_START.test(text) && BYLINE_LINE.test(text)) || (knownByline !== '' && text === knownByline);
    const isStamp = DIGIT.test(text) && isStampLine(text);
    const isCredit = COPYRIGHT_LINE.test(text) || (aboveText.has(block) && (CREDIT_LINE.test(text) || isSectionLabel(text)));
    if (isCredit && !block.closest('figcaption')) {
      block.remove();
      continue;
    }
    if (!isByline && !isStamp) continue;
    moved.push(text);
    block.remove();
  }
  return moved;
}

/**
 * Every stamp holds a digit (the caller tests that first); the author's name and the date are split
 * by a bar. The date patterns read the line lower-cased: an expression with letter classes that
 * also ignores case took twice as long to compile on a freshly loaded page.
 */
function isStampLine(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    DATE_LINE.test(lower) ||
    (text.includes('|') && AUTHOR_DATE_LINE.test(lower)) ||
    (text.includes('年') && CJK_DATE_LINE.test(text)) ||
    isDateTimeStamp(text) ||
    (STAMP_WORD.test(lower) && STAMP_LINE.test(lower) && DATE_TOKEN.test(lower)) ||
    READING_TIME_LINE.test(text)
  );
}

/**
 * Each kind of label is told by a cheap test first (a dot, capitals only, a lower-case start), so
 * that only its own expression is compiled: the three as one took over a millisecond and a half
 * on a freshly loaded page, and most pages have a short line above the text ("Home", "Jakarta").
 */
function isSectionLabel(text: string): boolean {
  if (text.indexOf(' ') !== text.lastIndexOf(' ')) return false;
  if (text.includes('.')) return SITE_NAME_LABEL.test(text);
  if (text === text.toUpperCase()) return CAPITALS_LABEL.test(text);
  return text[0] !== text[0]!.toUpperCase() && CHANNEL_NAME.test(text);
}

function isDateTimeStamp(text: string): boolean {
  if (!DATE_WITH_TIME.test(text) || !TIME_OF_DAY.test(text) || SENTENCE_END.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  return words.length <= MAX_STAMP_WORDS;
}
