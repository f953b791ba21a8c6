/**
 * Plain-text programmes: a text extraction of a Word file (one line per Word
 * paragraph, blank lines for empty paragraphs, `[image: …]` placeholders,
 * form feeds for page breaks) or text pasted from an e-mail.
 *
 * Each non-blank line becomes an mdast paragraph; runs of bullet lines become
 * a list. Blank lines and indentation are kept as layout data for the later
 * stages. Placeholders and junk are left for the clean stage.
 */
import type { List, ListItem, Paragraph, Root, RootContent, TableRow } from 'mdast';
import type { LayoutData } from '../model/document.js';
import { decodeText } from '../text/decode.js';
import type { Reader } from './reader.js';

/** A bullet as text extractions write it: •, ·, ▪, –, -, * or o followed by space. */
const BULLET = /^[\t ]*([•·▪◦●○■□➢➤►\-–*o])[\t \u00a0]+(?=\S)/u;
const ORDERED = /^[\t ]*(\d{1,2})[.)][\t \u00a0]+(?=\S)/u;

export function textToMdast(text: string): Root {
  const children: RootContent[] = [];
  let blank = 0;
  let pageBreak = false;
  let list: List | null = null;

  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const pages = rawLine.split('\f');
    if (pages.length > 1) pageBreak = true;
    const line = pages.join('');
    if (line.trim() === '') {
      blank++;
      continue;
    }
    const layout: LayoutData = { blankLinesBefore: blank, indent: indentOf(line) };
    if (pageBreak) layout.pageBreakBefore = true;
    blank = 0;
    pageBreak = false;

    const bullet = BULLET.exec(line) ?? ORDERED.exec(line);
    if (bullet) {
      const ordered = /\d/.test(bullet[1] ?? '');
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [paragraph(line.slice(bullet[0].length))],
        data: layout,
      };
      // Bullets separated only by blank lines are still one list.
      if (list && list.ordered === ordered && list === children.at(-1)) list.children.push(item);
      else {
        list = { type: 'list', ordered, spread: false, children: [item], data: layout };
        children.push(list);
      }
      continue;
    }
    const cells = tabCells(line);
    if (cells) {
      // Consecutive tab-separated lines are one table (Word's "save as text" keeps columns that way).
      const row: TableRow = { type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })) };
      const previous = children.at(-1);
      if (previous?.type === 'table' && layout.blankLinesBefore === 0 && !layout.pageBreakBefore) previous.children.push(row);
      else children.push({ type: 'table', children: [row], data: layout });
      continue;
    }
    const node = paragraph(line.trimEnd());
    node.data = layout;
    children.push(node);
  }
  return { type: 'root', children };
}

/** The cells of a line whose columns are separated by tabs (at least two with text), else null. */
function tabCells(line: string): string[] | null {
  const cells = line.trim().split(/\t+/u).map((c) => c.trim());
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text.replace(/^[\t ]+/, '') }] };
}

function indentOf(line: string): number {
  const lead = /^[\t ]*/.exec(line)?.[0] ?? '';
  return [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
}

const reader: Reader = {
  format: 'txt',
  async read({ bytes }) {
    return { format: 'txt', tree: textToMdast(decodeText(bytes)), headers: [], metadata: {}, warnings: [] };
  },
};
export default reader;
