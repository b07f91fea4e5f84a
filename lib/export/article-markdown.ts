import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { creditLine, linkableUrl, type ArticleSource } from './article-source';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * The article as Markdown: `# Title`, the credit line and a link to the source, then the text with
 * its sections at the outline's levels. `body` is the already sanitised article body (the reader's
 * rendered copy, or the CLI's), so nothing removed as clutter comes back.
 */
export function articleMarkdown(source: ArticleSource, body: Element): string {
  // A hard break keeps the credit and the link on lines of their own under the title.
  const credit = [escapeLine(creditLine(source)), sourceLink(source.url)].filter(Boolean).join('  \n');
  const standfirst = source.standfirst ? `*${escapeLine(source.standfirst)}*` : '';
  const text = bodyConverter(source).turndown(body as HTMLElement);
  return `${[`# ${escapeLine(source.title)}`, credit, standfirst, text].filter(Boolean).join('\n\n').trim()}\n`;
}

function sourceLink(url: string): string {
  const href = linkableUrl(url);
  return href ? `[${escapeLine(href)}](<${href}>)` : '';
}

function bodyConverter(source: ArticleSource): TurndownService {
  const levelById = new Map(source.outline.map((item) => [item.id, item.level]));
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    hr: '---',
  });
  service.use(gfm);
  // Sections keep the outline's levels; a heading outside the outline still sits under the title.
  service.addRule('outlineHeading', {
    filter: [...HEADINGS],
    replacement: (content, node) => {
      const element = node as HTMLElement;
      const level = levelById.get(element.id) ?? Math.max(2, Number(element.localName.slice(1)));
      const text = content.replace(/\s+/g, ' ').trim();
      return text ? `\n\n${'#'.repeat(Math.min(6, level))} ${text}\n\n` : '';
    },
  });
  service.addRule('caption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = content.trim();
      return text ? `\n\n*${text.replace(/\*/g, '\\*')}*\n\n` : '';
    },
  });
  // `- item`, not Turndown's `-   item`: the form people type and most Markdown tools write.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node, options) => {
      const prefix = listMarker(node as HTMLElement, options.bulletListMarker ?? '-');
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !body.endsWith('\n') ? '\n' : '');
    },
  });
  // Turndown fences only <pre><code>; pages often put preformatted text in a bare <pre>.
  service.addRule('barePre', {
    filter: (node) => node.nodeName === 'PRE' && !node.querySelector('code'),
    replacement: (_content, node) => `\n\n\`\`\`\n${(node.textContent ?? '').replace(/\n+$/, '')}\n\`\`\`\n\n`,
  });
  // <picture> sources repeat the image; the <img> inside says it once.
  service.remove(['source']);
  return service;
}

function listMarker(item: HTMLElement, bullet: string): string {
  const list = item.parentElement;
  if (list?.localName !== 'ol') return `${bullet} `;
  const start = Number(list.getAttribute('start') ?? '1');
  const position = Array.from(list.children).indexOf(item);
  return `${(Number.isFinite(start) ? start : 1) + position}. `;
}

/** The title and credit are text, not Markdown: characters that would start syntax are escaped. */
function escapeLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#])/g, '\\$1');
}
