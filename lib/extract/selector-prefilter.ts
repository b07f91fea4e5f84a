import { escapeRegExp } from './escape-reg-exp';

/**
 * A cheap, generous test of whether an element could match any of many selectors, read from the
 * selectors' rightmost parts (an id, a class, an attribute, a tag), as browsers index their style
 * rules. Matching a list of dozens of selectors against every element is what made the clutter
 * rules cost more with every rule (issue 8); with this test only the few elements that pass are
 * given to `element.matches`, which keeps the exact answer.
 */

export type ElementTest = (element: Element) => boolean;

interface Keys {
  ids: Set<string>;
  classes: Set<string>;
  tags: Set<string>;
  /** Attribute names whose mere presence makes an element a candidate. */
  attributes: Set<string>;
  /** `[class*="author-bio"]`, `[id^="div-gpt-ad"]`: a substring of the class or id text. */
  substrings: Array<{ attribute: 'class' | 'id'; text: string }>;
  /** A selector with no key (`*`, `:is(…)`): every element is a candidate. */
  everything: boolean;
}

const COMPOUND_TAG = /^([a-zA-Z][\w-]*)/;
const ID_OR_CLASS = /([#.])((?:[\w-]|\\.)+)/g;
const ATTRIBUTE = /\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i|s)?\s*)?\]/g;
/** Pseudo-classes that can match elements the rest of the compound does not name. */
const WIDENING_PSEUDO = /:(is|where|matches|any)\(/i;

/** The test for a list of selectors; class and id names compare case-blind (quirks-mode pages). */
export function selectorPrefilter(selectors: string[]): ElementTest {
  const keys: Keys = { ids: new Set(), classes: new Set(), tags: new Set(), attributes: new Set(), substrings: [], everything: false };
  for (const selector of selectors.flatMap(splitSelectorList)) addKey(keys, rightmostCompound(selector));
  if (keys.everything) return () => true;
  // One regex per attribute value: a class list is never split, nor lower-cased, element by element.
  const classTest = valuePattern([...keys.classes], substringsOf(keys, 'class'));
  const idTest = valuePattern([], substringsOf(keys, 'id'));
  return (element) => {
    if (keys.tags.has(element.localName)) return true;
    // Most elements carry no attributes at all: nothing more to read.
    if (!element.hasAttributes()) return false;
    for (const name of element.getAttributeNames()) {
      if (keys.attributes.has(name)) return true;
      if (name === 'class') {
        if (classTest?.test(element.getAttribute('class') ?? '')) return true;
      } else if (name === 'id') {
        const id = element.getAttribute('id') ?? '';
        if (keys.ids.has(id.toLowerCase()) || idTest?.test(id)) return true;
      }
    }
    return false;
  };
}

function substringsOf(keys: Keys, attribute: 'class' | 'id'): string[] {
  return keys.substrings.filter((substring) => substring.attribute === attribute).map((substring) => substring.text);
}

/** Whole names among the value's space-separated words, or texts anywhere in it; case-blind. */
function valuePattern(names: string[], substrings: string[]): RegExp | null {
  const alternatives = [
    ...(names.length > 0 ? [`(?:^|\\s)(?:${names.map(escapeRegExp).join('|')})(?=\\s|$)`] : []),
    ...substrings.map(escapeRegExp),
  ];
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'i') : null;
}

/** The most telling key of one compound selector; none makes every element a candidate. */
function addKey(keys: Keys, compound: string) {
  if (compound === '' || WIDENING_PSEUDO.test(compound)) {
    keys.everything = true;
    return;
  }
  const withoutAttributes = compound.replace(/\[[^\]]*\]/g, '').replace(/:[\w-]+(\([^)]*\))?/g, '');
  const idOrClass = [...withoutAttributes.matchAll(ID_OR_CLASS)];
  const id = idOrClass.find((match) => match[1] === '#');
  if (id) return void keys.ids.add(unescape(id[2]!).toLowerCase());
  const className = idOrClass.find((match) => match[1] === '.');
  if (className) return void keys.classes.add(unescape(className[2]!).toLowerCase());
  const [attribute] = [...compound.matchAll(ATTRIBUTE)];
  if (attribute) {
    const [, name, operator, double, single, bare] = attribute;
    const value = double ?? single ?? bare ?? '';
    const lowerName = name!.toLowerCase();
    if ((lowerName === 'class' || lowerName === 'id') && operator && value !== '') {
      // Any operator's value is a substring of the attribute's text (`~=` and `|=` included).
      keys.substrings.push({ attribute: lowerName, text: value.toLowerCase() });
    } else {
      keys.attributes.add(lowerName);
    }
    return;
  }
  const tag = COMPOUND_TAG.exec(withoutAttributes);
  if (tag) return void keys.tags.add(tag[1]!.toLowerCase());
  keys.everything = true;
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
