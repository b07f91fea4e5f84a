import { escapeRegExp } from './escape-reg-exp';

/**
 * A cheap, generous test of whether an element could match any of many selectors, read from the
 * selectors' rightmost parts (an id, a class, an attribute, a tag), as browsers index their style
 * rules. Matching a list of dozens of selectors against every element is what made the clutter
 * rules cost more with every rule (issue 8); with this test only the few elements that pass are
 * given to `element.matches`, which keeps the exact answer.
 */

export type ElementTest = (element: Element) => boolean;

/**
 * What a list of selectors asks of an element itself, one string per key: `#id`, `.class`,
 * `@attribute` (present), `~text` (in the class), `%text` (in the id), a tag name, or `*` (every
 * element). Names are lower-cased. The rules' keys are worked out ahead (`npm run rules:literals`
 * writes lib/rules/selector-keys.ts): reading the selectors with expressions on every click cost a
 * freshly loaded page over a millisecond.
 */
export type SelectorKeys = readonly string[];

export const EVERY_ELEMENT = '*';
const COMPOUND_TAG = /^([a-zA-Z][\w-]*)/;
const ID_OR_CLASS = /([#.])((?:[\w-]|\\.)+)/g;
const ATTRIBUTE = /\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i|s)?\s*)?\]/g;
/** Pseudo-classes that can match elements the rest of the compound does not name. */
const WIDENING_PSEUDO = /:(is|where|matches|any)\(/i;

/** The test for a list of selectors; class and id names compare case-blind (quirks-mode pages). */
export function selectorPrefilter(selectors: string[]): ElementTest {
  return keyTest([selectorKeys(selectors)]);
}

/** The keys of a list of selectors, read from each selector's rightmost part. */
export function selectorKeys(selectors: string[]): string[] {
  return [...new Set(selectors.flatMap(splitSelectorList).map((selector) => keyOf(rightmostCompound(selector))))];
}

/** The test for the union of several lists' keys. */
export function keyTest(lists: readonly SelectorKeys[]): ElementTest {
  const byKind = new Map<string, string[]>();
  for (const key of lists.flat()) {
    const kind = '#.@~%'.includes(key.charAt(0)) ? key.charAt(0) : key === EVERY_ELEMENT ? EVERY_ELEMENT : '';
    const names = byKind.get(kind) ?? byKind.set(kind, []).get(kind)!;
    names.push(kind === '' ? key : key.slice(1));
  }
  if (byKind.has(EVERY_ELEMENT)) return () => true;
  const of = (kind: string) => byKind.get(kind) ?? [];
  const tags = new Set(of(''));
  const ids = new Set(of('#'));
  const attributes = new Set(of('@'));
  // One regex per attribute value: a class list is never split, nor lower-cased, element by element.
  const classTest = valuePattern(of('.'), of('~'));
  const idTest = valuePattern([], of('%'));
  return (element) => {
    if (tags.has(element.localName)) return true;
    // Most elements carry no attributes at all: nothing more to read.
    if (!element.hasAttributes()) return false;
    for (const name of element.getAttributeNames()) {
      if (attributes.has(name)) return true;
      if (name === 'class') {
        if (classTest?.test(element.getAttribute('class') ?? '')) return true;
      } else if (name === 'id') {
        const id = element.getAttribute('id') ?? '';
        if (ids.has(id.toLowerCase()) || idTest?.test(id)) return true;
      }
    }
    return false;
  };
}

/** Whole names among the value's space-separated words, or texts anywhere in it; case-blind. */
function valuePattern(names: string[], substrings: string[]): RegExp | null {
  const alternatives = [
    ...(names.length > 0 ? [`(?:^|\\s)(?:${names.map(escapeRegExp).join('|')})(?=\\s|$)`] : []),
    ...substrings.map(escapeRegExp),
  ];
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'i') : null;
}

/** The most telling key of one compound selector; with none, every element is a candidate. */
function keyOf(compound: string): string {
  if (compound === '' || WIDENING_PSEUDO.test(compound)) return EVERY_ELEMENT;
  const withoutAttributes = compound.replace(/\[[^\]]*\]/g, '').replace(/:[\w-]+(\([^)]*\))?/g, '');
  const idOrClass = [...withoutAttributes.matchAll(ID_OR_CLASS)];
  const id = idOrClass.find((match) => match[1] === '#');
  if (id) return `#${unescape(id[2]!).toLowerCase()}`;
  const className = idOrClass.find((match) => match[1] === '.');
  if (className) return `.${unescape(className[2]!).toLowerCase()}`;
  const [attribute] = [...compound.matchAll(ATTRIBUTE)];
  if (attribute) {
    const [, name, operator, double, single, bare] = attribute;
    const value = double ?? single ?? bare ?? '';
    const lowerName = name!.toLowerCase();
    // Any operator's value is a substring of the attribute's text (`~=` and `|=` included).
    if (lowerName === 'class' && operator && value !== '') return `~${value.toLowerCase()}`;
    if (lowerName === 'id' && operator && value !== '') return `%${value.toLowerCase()}`;
    return `@${lowerName}`;
  }
  const tag = COMPOUND_TAG.exec(withoutAttributes);
  return tag ? tag[1]!.toLowerCase() : EVERY_ELEMENT;
}

const COMMA = /,/;
const COMBINATOR = /[\s>+~]/;
/** What may hide a separator inside a part: an escape, a quoted string, an attribute, an argument list. */
const NESTING = /[\\"'[(]/;

/** Splits `a, b:not(c, d)` at its top-level commas only. */
function splitSelectorList(list: string): string[] {
  return splitTopLevel(list, COMMA).map((part) => part.trim());
}

/** The part after the last combinator: what the matched element itself must be. */
function rightmostCompound(selector: string): string {
  const parts = splitTopLevel(selector, COMBINATOR);
  return (parts.filter((part) => part.trim() !== '').at(-1) ?? '').trim();
}

/**
 * Most selectors nest nothing, and the engine splits those in one call: read character by
 * character in script, the rules' selectors took most of a millisecond on every page (a sampled
 * profile in Chromium).
 */
function splitTopLevel(text: string, separator: RegExp): string[] {
  if (!NESTING.test(text)) return text.split(separator);
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\\') {
      index += 1;
    } else if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' || char === '(') {
      depth += 1;
    } else if (char === ']' || char === ')') {
      depth -= 1;
    } else if (depth === 0 && separator.test(char)) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unescape(name: string): string {
  return name.replace(/\\(.)/g, '$1');
}
