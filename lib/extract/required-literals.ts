/**
 * Strings that every match of a regular expression contains: a cheap test that rules most texts
 * out before the expression runs. Compiling a regular expression is what costs, the first time a
 * page runs it: a hundred phrase rules compiled cold took longer than the rest of the reader. With
 * these strings, a text meets only the few rules whose words it holds.
 *
 * The source is read as a small syntax tree: literal characters and the groups, alternatives and
 * quantifiers around them. Anything else (classes, escapes for classes, the dot, back-references)
 * may match many strings, so it requires nothing. Zero-width parts (anchors, word boundaries,
 * lookarounds) match the empty string.
 */

/** A matched text holds one of `required`; a part that matches only the strings `exact` says so too. */
interface Literals {
  /** Every string the part can match, when there are few; null when they are not known. */
  exact: string[] | null;
  /** One of these is in every match; null when nothing is certain. */
  required: string[] | null;
  /** Every match starts with one of these (an empty string among them tells nothing); null when not known. */
  prefix: string[] | null;
  /**
   * For an optional part whose strings are not all known (`(?:[([]\s*)?`): how it starts when it is
   * there. A sequence's match then starts with one of these, or it skips the part.
   */
  startWhenPresent?: string[];
  /** Every match starts where the text starts (`^`). */
  anchored: boolean;
}

const MAX_EXACT_STRINGS = 64;
const MAX_CLASS_CHARS = 8;
/** Eight characters already tell most phrases apart; longer strings only slow the search. */
const MAX_LITERAL_CHARS = 8;
const ANY: Literals = { exact: null, required: null, prefix: null, anchored: false };
const EMPTY: Literals = { exact: [''], required: null, prefix: [''], anchored: false };
const TEXT_START: Literals = { ...EMPTY, anchored: true };
const CLASS_ESCAPES = new Set([...'dDwWsS']);
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** Strings this short are in most texts: a rule that may need only one of them is tried on every block. */
const MIN_GATE_CHARS = 3;

/**
 * The two tables of lib/rules/phrase-literals.ts, worked out ahead (`npm run rules:literals`):
 * parsing a hundred expressions on every click cost as much as running them.
 * - prefixes: for a rule whose every match starts the text with one of a few strings. Such a rule
 *   is tried only on the blocks that start so: most of its words turn up inside ordinary sentences
 *   too ("tag", "share"), where it can never match.
 * - literals: for the other rules, strings one of which every match holds.
 * A rule in neither table is tried on every block (phrase-index.ts).
 */
export function phraseTables(rules: ReadonlyArray<{ id: string; pattern: RegExp }>): { literals: Record<string, string[]>; prefixes: Record<string, string[]> } {
  const literals: Record<string, string[]> = {};
  const prefixes: Record<string, string[]> = {};
  for (const rule of rules) {
    const starts = requiredPrefixes(rule.pattern);
    if (starts) {
      prefixes[rule.id] = starts;
      continue;
    }
    const holds = requiredLiterals(rule.pattern);
    if (holds && holds.every((literal) => literal.length >= MIN_GATE_CHARS)) literals[rule.id] = holds;
  }
  return { literals, prefixes };
}

/**
 * Strings one of which every match of `pattern` starts the text with (the pattern is anchored with
 * `^`), lower-cased when the pattern ignores case; null when no such strings are known. With the
 * `m` flag, `^` also matches inside the text: nothing is claimed then.
 */
export function requiredPrefixes(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('m')) return null;
  const read = readPattern(pattern);
  const prefixes = read?.anchored ? read.prefix : null;
  if (!prefixes || prefixes.length === 0 || prefixes.includes('')) return null;
  // A text that starts with a string starts with that string's start.
  return fewest(folded(prefixes, pattern), (longer, shorter) => longer.startsWith(shorter));
}

/**
 * Strings of which every match of `pattern` holds at least one, lower-cased when the pattern
 * ignores case (compare them with the lower-cased text then); null when no such strings are known.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const read = readPattern(pattern);
  const literals = read && usable(read);
  // A text that holds a string holds its start, and a string that holds another is met whenever that one is.
  return literals ? fewest(folded(literals, pattern), (longer, shorter) => longer.includes(shorter)) : null;
}

/** The whole pattern read, or null when some part of it is not understood. */
function readPattern(pattern: RegExp): Literals | null {
  try {
    const reader = new SourceReader(pattern.source);
    const literals = reader.alternation();
    return reader.done() ? literals : null;
  } catch {
    return null;
  }
}

function folded(strings: string[], pattern: RegExp): string[] {
  return pattern.flags.includes('i') ? strings.map((string) => string.toLowerCase()) : strings;
}

/** A set with an empty string in it rules nothing out. */
function usable(literals: Literals): string[] | null {
  const required = literals.required ?? literals.exact;
  return required && required.length > 0 ? nonEmpty(required) : null;
}

/** Fewer, shorter strings that still meet every match: a string that `covers` a shorter one is dropped. */
function fewest(strings: string[], covers: (longer: string, shorter: string) => boolean): string[] {
  const starts = [...new Set(strings.map((string) => string.slice(0, MAX_LITERAL_CHARS)))].sort((one, other) => one.length - other.length);
  return starts.filter((string, index) => !starts.slice(0, index).some((shorter) => covers(string, shorter)));
}

function nonEmpty(strings: string[]): string[] | null {
  return strings.every((literal) => literal.length > 0) ? strings : null;
}

/** Longer strings rule out more texts: the set whose shortest string is longest wins. */
function selectivity(literals: string[]): number {
  return Math.min(...literals.map((literal) => literal.length)) * 1000 - literals.length;
}

function better(one: string[] | null, other: string[] | null): string[] | null {
  if (!one) return other;
  if (!other) return one;
  return selectivity(other) > selectivity(one) ? other : one;
}

/** A part that matches only these strings. */
function exactly(...strings: string[]): Literals {
  return { exact: strings, required: null, prefix: strings, anchored: false };
}

function product(prefixes: string[], suffixes: string[]): string[] | null {
  if (prefixes.length * suffixes.length > MAX_EXACT_STRINGS) return null;
  return prefixes.flatMap((prefix) => suffixes.map((suffix) => prefix + suffix));
}

class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  /** alternative ( '|' alternative )* */
  alternation(): Literals {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const exacts = alternatives.map((alternative) => alternative.exact);
    const exact = exacts.every((strings) => strings !== null) ? [...new Set(exacts.flat() as string[])] : null;
    const required = alternatives.map(usable);
    const prefixes = alternatives.map((alternative) => alternative.prefix);
    const prefix = prefixes.every((strings) => strings !== null) ? [...new Set(prefixes.flat() as string[])] : null;
    return {
      exact: exact && exact.length <= MAX_EXACT_STRINGS ? exact : null,
      required: required.every((strings) => strings !== null) ? [...new Set(required.flat() as string[])] : null,
      prefix: prefix && prefix.length <= MAX_EXACT_STRINGS ? prefix : null,
      anchored: alternatives.every((alternative) => alternative.anchored),
    };
  }

  /**
   * term*: adjacent exact parts join into longer strings; the most selective requirement wins. The
   * leading exact parts (and the start of the first part that is not exact) spell the prefix; the
   * sequence is anchored when a `^` comes before anything that consumes text.
   */
  private sequence(): Literals {
    let exact: string[] | null = [''];
    // The strings the current stretch of exact parts spells out.
    let run = [''];
    let required: string[] | null = null;
    let prefix = [''];
    // Starts of the matches that took an optional part: those stop growing there.
    const takenStarts: string[] = [];
    let prefixDone = false;
    let anchored = false;
    let consumed = false;
    while (!this.done() && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term();
      if (!consumed) {
        anchored ||= term.anchored;
        consumed = !(term.exact?.length === 1 && term.exact[0] === '');
      }
      const taken = !prefixDone && term.startWhenPresent ? product(prefix, term.startWhenPresent) : null;
      if (taken) {
        takenStarts.push(...taken);
      } else if (!prefixDone) {
        // A start too long to spell out in full is still a start: the prefix stops growing there.
        const next = term.exact ?? term.prefix;
        const joined = next && product(prefix, next);
        if (joined) prefix = joined;
        prefixDone = !term.exact || !joined || prefix.every((start) => start.length >= MAX_LITERAL_CHARS);
      }
      required = better(required, usable(term));
      exact = exact && term.exact ? product(exact, term.exact) : null;
      const joined = term.exact && product(run, term.exact);
      if (joined) {
        run = joined;
        continue;
      }
      required = better(required, nonEmpty(run));
      run = term.exact ?? [''];
    }
    const starts = [...new Set([...takenStarts, ...prefix])];
    return { exact, required: better(required, nonEmpty(run)), prefix: starts.length <= MAX_EXACT_STRINGS ? starts : null, anchored };
  }

  /** atom quantifier? */
  private term(): Literals {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const { min, max } = quantifier;
    if (min === 0) {
      const exact = max === 1 && atom.exact ? [...new Set(['', ...atom.exact])] : null;
      const startWhenPresent = !exact && atom.prefix && !atom.prefix.includes('') ? atom.prefix : undefined;
      return { exact, required: null, prefix: exact, anchored: false, startWhenPresent };
    }
    const exact = min === 1 && max === 1 ? atom.exact : null;
    return { exact, required: usable(atom), prefix: exact ?? atom.prefix, anchored: atom.anchored };
  }

  private quantifier(): { min: number; max: number } | null {
    const char = this.source[this.at];
    let bounds: { min: number; max: number } | null = null;
    if (char === '?') bounds = { min: 0, max: 1 };
    else if (char === '*') bounds = { min: 0, max: Infinity };
    else if (char === '+') bounds = { min: 1, max: Infinity };
    if (bounds) {
      this.at += 1;
    } else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) return null;
      this.at += braces[0].length;
      const min = Number(braces[1]);
      bounds = { min, max: braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]) };
    } else {
      return null;
    }
    if (this.source[this.at] === '?') this.at += 1;
    return bounds;
  }

  private atom(): Literals {
    const char = this.source[this.at]!;
    this.at += 1;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
        return TEXT_START;
      case '$':
        return EMPTY;
      case '.':
        return ANY;
      case '?':
      case '*':
      case '+':
        throw new SyntaxError('quantifier without an atom');
      default:
        return exactly(char);
    }
  }

  private group(): Literals {
    const lookaround = /^\?(=|!|<=|<!)/.exec(this.source.slice(this.at));
    const named = /^\?<[^>=!]+>/.exec(this.source.slice(this.at));
    if (lookaround) this.at += lookaround[0].length;
    else if (named) this.at += named[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    // Any other `(?` form (modifiers such as `(?i:…)`) is not read: nothing is claimed for it.
    else if (this.source[this.at] === '?') throw new SyntaxError('unknown group');
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new SyntaxError('unclosed group');
    this.at += 1;
    // A lookaround consumes nothing, and a negative one may hold anything: it requires nothing.
    return lookaround ? EMPTY : inner;
  }

  /** A short list of plain characters (`[’']`) is a choice of strings; anything else may be many. */
  private characterClass(): Literals {
    const start = this.at;
    while (!this.done() && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.done()) throw new SyntaxError('unclosed class');
    const body = this.source.slice(start, this.at);
    this.at += 1;
    const plain = body.length > 0 && !/[\\^-]/.test(body) && [...body].length <= MAX_CLASS_CHARS;
    return plain ? exactly(...new Set(body)) : ANY;
  }

  private escape(): Literals {
    const char = this.source[this.at];
    if (char === undefined) throw new SyntaxError('lone backslash');
    this.at += 1;
    if (char === 'b' || char === 'B') return EMPTY;
    if (CLASS_ESCAPES.has(char) || /[1-9k]/.test(char)) {
      if (char === 'k') this.skipPast('>');
      return ANY;
    }
    if (char === 'p' || char === 'P') {
      this.skipPast('}');
      return ANY;
    }
    if (char === 'c') {
      const letter = this.source.charCodeAt(this.at);
      this.at += 1;
      return exactly(String.fromCharCode(letter % 32));
    }
    if (char === 'x' || char === 'u') return exactly(this.codeEscape(char));
    return exactly(CONTROL_ESCAPES[char] ?? char);
  }

  private codeEscape(kind: 'x' | 'u'): string {
    const rest = this.source.slice(this.at);
    const code = kind === 'x' ? /^[0-9a-fA-F]{2}/.exec(rest) : /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(rest);
    if (!code) throw new SyntaxError('bad code escape');
    this.at += code[0].length;
    return String.fromCodePoint(parseInt(code[0].replace(/[{}]/g, ''), 16));
  }

  private skipPast(end: string) {
    const at = this.source.indexOf(end, this.at);
    if (at < 0) throw new SyntaxError(`missing ${end}`);
    this.at = at + 1;
  }
}
