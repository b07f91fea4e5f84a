/**
 * A small HTML → Markdown rendering for `extract --format md`: headings, paragraphs, lists,
 * blockquotes, code, links, emphasis, images, figure captions and simple tables. Good enough to
 * read an extraction in a terminal; not a full CommonMark serializer.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'SVG']);
/** Containers whose children are rendered as blocks of their own. */
const CONTAINER_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'HEADER', 'LI', 'MAIN', 'NAV', 'P', 'SECTION', 'SUMMARY', 'TBODY', 'THEAD', 'TR', 'TD', 'TH',
]);
const SPECIAL_BLOCK_TAGS = new Set(['UL', 'OL', 'BLOCKQUOTE', 'PRE', 'HR', 'TABLE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function htmlToMarkdown(root: Element): string {
  return blocksOf(root).join('\n\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function isBlock(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return CONTAINER_TAGS.has(tag) || SPECIAL_BLOCK_TAGS.has(tag);
}

/** Renders the children of `node` as a list of Markdown blocks. */
function blocksOf(node: Node): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = tidy(inline);
    if (text) blocks.push(text);
    inline = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === ELEMENT_NODE && isBlock(child as Element)) {
      flush();
      const block = blockMarkdown(child as Element);
      if (block) blocks.push(block);
    } else {
      inline += inlineOfNode(child);
    }
  }
  flush();
  return blocks;
}

function blockMarkdown(element: Element): string {
  const tag = element.tagName.toUpperCase();
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${oneLine(element)}`;
  switch (tag) {
    case 'UL':
    case 'OL':
      return listMarkdown(element, tag === 'OL');
    case 'BLOCKQUOTE':
      return blocksOf(element).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    case 'PRE':
      return '```\n' + (element.textContent ?? '').replace(/\n+$/, '') + '\n```';
    case 'HR':
      return '---';
    case 'TABLE':
      return tableMarkdown(element);
    case 'FIGCAPTION':
      return wrap(oneLine(element), '*');
    default:
      return blocksOf(element).join('\n\n');
  }
}

/** Inline Markdown of a node; a block nested in inline content becomes a space-separated run. */
function inlineOfNode(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeText((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== ELEMENT_NODE) return '';
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return '';
  if (isBlock(element)) return ` ${inlineChildren(element)} `;
  switch (tag) {
    case 'BR':
      return '  \n';
    case 'IMG': {
      const src = element.getAttribute('src') ?? '';
      return src ? `![${element.getAttribute('alt') ?? ''}](${src})` : '';
    }
    case 'A': {
      const text = oneLine(element);
      const href = element.getAttribute('href') ?? '';
      return href && text && !href.startsWith('javascript:') ? `[${text}](${href})` : inlineChildren(element);
    }
    case 'STRONG':
    case 'B':
      return wrap(inlineChildren(element), '**');
    case 'EM':
    case 'I':
      return wrap(inlineChildren(element), '*');
    case 'CODE':
      return wrap((element.textContent ?? '').replace(/\s+/g, ' '), '`');
    default:
      return inlineChildren(element);
  }
}

function inlineChildren(element: Element): string {
  return Array.from(element.childNodes).map(inlineOfNode).join('');
}

function oneLine(element: Element): string {
  return inlineChildren(element).replace(/\s+/g, ' ').trim();
}

/** Collapses spaces but keeps the hard breaks written for `<br>`. */
function tidy(text: string): string {
  return text
    .split('  \n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('  \n');
}

/** Emphasis markers hug the text, with the surrounding spaces kept outside. */
function wrap(text: string, marker: string): string {
  const core = text.trim();
  if (!core) return text;
  const lead = /^\s/.test(text) ? ' ' : '';
  const tail = /\s$/.test(text) ? ' ' : '';
  return `${lead}${marker}${core}${marker}${tail}`;
}

function listMarkdown(list: Element, ordered: boolean): string {
  const items = Array.from(list.children).filter((child) => child.tagName.toUpperCase() === 'LI');
  return items
    .map((item, index) => {
      const marker = ordered ? `${index + 1}.` : '-';
      const body = blocksOf(item).join('\n');
      return `${marker} ${body.split('\n').join(`\n${' '.repeat(marker.length + 1)}`)}`;
    })
    .join('\n');
}

function tableMarkdown(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.children)
      .filter((cell) => /^T[DH]$/.test(cell.tagName.toUpperCase()))
      .map((cell) => oneLine(cell).replace(/\|/g, '\\|')),
  );
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return '';
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), line(Array<string>(width).fill('---')), ...rest.map(line)].join('\n');
}

/** Escapes the characters that would otherwise start Markdown syntax inside prose. */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}
