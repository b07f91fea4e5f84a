/**
 * Plain text of an extracted article body: one block per paragraph, heading, list item, blockquote
 * paragraph, table row or pre block, blocks separated by a blank line. Figure captions are returned
 * apart, so a caption never reads as a sentence of the article, unless they are the only text (a
 * photo story), when they are the body too. Pure: DOM in, plain data out.
 */

export interface ArticlePlainText {
  articleBody: string;
  captions: string[];
}

/** Elements that start and end a block: text directly inside a `div` is a paragraph of its own. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'UL',
]);

/**
 * Elements with no readable text: media (images and figures contribute nothing), code, widgets, and a
 * `<title>` left in the body (liputan6 pastes a whole page into its comments box), which is never shown.
 */
const SKIPPED_TAGS = new Set([
  'AUDIO', 'BUTTON', 'CANVAS', 'EMBED', 'HEAD', 'IFRAME', 'IMG', 'INPUT', 'LINK', 'MAP', 'META',
  'NOSCRIPT', 'OBJECT', 'PICTURE', 'SCRIPT', 'SELECT', 'SOURCE', 'STYLE', 'SVG', 'TEMPLATE',
  'TEXTAREA', 'TITLE', 'TRACK', 'VIDEO',
]);

/** Table cells are joined with a tab, so a row stays one line. */
const CELL_TAGS = new Set(['TD', 'TH']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** `\s` also covers no-break and other Unicode spaces, which read as plain spaces in text. */
const SPACES = /\s+/g;
/** A line break placeholder that survives space collapsing (`<br>` inside a paragraph). */
const LINE_BREAK = '\n';

export function articlePlainText(body: Element): ArticlePlainText {
  const collector = new BlockCollector();
  walk(body, collector);
  collector.flush();
  // A photo story's captions are all the text there is: they are its body.
  const blocks = collector.blocks.length > 0 ? collector.blocks : collector.captions;
  return { articleBody: blocks.join('\n\n'), captions: collector.captions };
}

class BlockCollector {
  readonly blocks: string[] = [];
  private inline = '';

  /** Captions are shared with nested collectors, so a caption inside a table cell is kept too. */
  constructor(readonly captions: string[] = []) {}

  addText(text: string) {
    this.inline += text.replace(SPACES, ' ');
  }

  addLineBreak() {
    this.inline += LINE_BREAK;
  }

  /** Ends the current block. Two `<br>` in a row (an empty line) split it into two paragraphs. */
  flush() {
    const lines = this.inline.split(LINE_BREAK).map((line) => line.replace(SPACES, ' ').trim());
    this.inline = '';
    let paragraph: string[] = [];
    for (const line of [...lines, '']) {
      if (line) {
        paragraph.push(line);
      } else if (paragraph.length > 0) {
        this.blocks.push(paragraph.join('\n'));
        paragraph = [];
      }
    }
  }

  addBlock(text: string) {
    this.flush();
    if (text) this.blocks.push(text);
  }
}

function walk(node: Node, out: BlockCollector) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      out.addText(child.nodeValue ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      visitElement(child as Element, out);
    }
  }
}

function visitElement(element: Element, out: BlockCollector) {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) return;
  if (tag === 'BR') {
    out.addLineBreak();
  } else if (tag === 'FIGCAPTION') {
    const caption = flatText(element, out.captions);
    if (caption) out.captions.push(caption);
  } else if (tag === 'FIGURE') {
    // Only the caption of a figure is text, and it goes to `captions`.
    for (const caption of Array.from(element.querySelectorAll('figcaption'))) {
      visitElement(caption, out);
    }
  } else if (tag === 'PRE') {
    out.addBlock(preText(element));
  } else if (tag === 'TR') {
    out.addBlock(rowText(element, out.captions));
  } else if (BLOCK_TAGS.has(tag)) {
    out.flush();
    walk(element, out);
    out.flush();
  } else {
    walk(element, out);
  }
}

/** Preformatted text keeps its line structure; only trailing spaces and outer blank lines go. */
function preText(pre: Element): string {
  return (pre.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function rowText(row: Element, captions: string[]): string {
  const cells = Array.from(row.children).filter((cell) => CELL_TAGS.has(cell.tagName.toUpperCase()));
  const texts = cells.map((cell) => flatText(cell, captions));
  return texts.some(Boolean) ? texts.join('\t').replace(/\s+$/, '') : '';
}

/** Text of a caption or table cell on one line: inner blocks become spaces, media stays silent. */
function flatText(element: Element, captions: string[]): string {
  const inner = new BlockCollector(captions);
  walk(element, inner);
  inner.flush();
  return inner.blocks.join(' ').replace(SPACES, ' ').trim();
}
