/**
 * Plain-text programmes: a text extraction of a Word file (one line per Word
 * paragraph, blank lines for empty paragraphs, `[image: …]` placeholders,
 * form feeds for page breaks) or text pasted from an e-mail.
 *
 * Each non-blank line becomes an mdast paragraph; runs of bullet lines become
 * a list. Blank lines and indentation are kept as layout data for the later
 * stages. Placeholders and junk are left for the clean stage; an e-mail's
 * quote marks are removed here, since they belong to the text's lines.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
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

  const allLines = withoutMailQuoting(text.replace(/\r\n?/g, '\n').split('\n'));
  const pipeTables = findPipeTables(allLines);
  for (let index = 0; index < allLines.length; index++) {
    const rawLine = allLines[index]!;
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

    const pipeTable = pipeTables.get(index);
    if (pipeTable) {
      children.push({ type: 'table', children: pipeTable.rows.map(tableRow), data: layout });
      index = pipeTable.end - 1;
      continue;
    }
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
      const row = tableRow(cells);
      const previous = children.at(-1);
      if (previous?.type === 'table' && layout.blankLinesBefore === 0 && !layout.pageBreakBefore) previous.children.push(row);
      else children.push({ type: 'table', children: [row], data: layout });
      continue;
    }
    // "THURSDAY 30 JUNE" over "================": a heading, its underline no line of its own.
    const underline = UNDERLINE.exec(allLines[index + 1] ?? '');
    // As long as the text, or near enough: "===" under a logo's line is a picture's junk, no underline.
    if (underline && underline[1]!.length * 2 >= line.trim().length && !pipeTables.has(index + 1)) {
      children.push({ type: 'heading', depth: underline[1]!.startsWith('=') ? 1 : 2, children: [{ type: 'text', value: line.trim() }], data: layout });
      index++;
      continue;
    }
    const node = paragraph(line.trimEnd());
    node.data = layout;
    children.push(node);
  }
  return { type: 'root', children };
}

/** An e-mail's quote marks: `>`, `> >`, each with the space after it. */
const QUOTE_MARKS = /^(?:[\t ]*>)+ ?/u;
/** Consecutive quoted lines, at least, that make a quoted passage. */
const MIN_QUOTED_RUN = 3;

/**
 * A programme forwarded or replied to by e-mail arrives quoted (`> 9.45
 * Arrival`): the marks are removed from each passage of quoted lines, the
 * text after them kept as written (its indentation included). A lone line
 * starting with `>` is left alone.
 */
function withoutMailQuoting(lines: string[]): string[] {
  const out = [...lines];
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && QUOTE_MARKS.test(lines[end]!)) end++;
    if (end - start >= MIN_QUOTED_RUN) for (let i = start; i < end; i++) out[i] = lines[i]!.replace(QUOTE_MARKS, '');
    start = Math.max(end, start + 1);
  }
  return out;
}

/** A row; a cell's lines (a grid table's cell over several lines) are kept apart by line breaks. */
function tableRow(cells: Array<string | string[]>): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((cell) => {
      const lines = (typeof cell === 'string' ? [cell] : cell).filter(Boolean);
      return { type: 'tableCell', children: lines.flatMap((value, i): PhrasingContent[] => (i === 0 ? [{ type: 'text', value }] : [{ type: 'break' }, { type: 'text', value }])) };
    }),
  };
}

/** A table's rule line: `|---|:--:|`, `----+----`, `+----+----+`, a grid table's header rule `+====+====+`. */
const RULE_LINE = /^[\t ]*[|+]?[\t ]*:?(?:-{3,}|={3,}):?[\t ]*(?:[|+][\t ]*:?(?:-{3,}|={3,}):?[\t ]*)*[|+]?[\t ]*$/u;
/** A heading's underline, as Markdown's setext headings and typed documents write it. */
const UNDERLINE = /^[\t ]*(={3,}|-{3,})[\t ]*$/u;

/**
 * Tables typed with pipes (`Time | Session | With`, with or without outer
 * pipes, padded cells, a `---|---` or `---+---` rule): consecutive lines
 * holding `|`, at least two of them with the same number of cells (two or
 * more), so a single `|` in prose is no table. Keyed by the first line's
 * index; `end` is the index after the table's last line.
 */
function findPipeTables(lines: string[]): Map<number, { rows: Array<Array<string | string[]>>; end: number }> {
  const tables = new Map<number, { rows: Array<Array<string | string[]>>; end: number }>();
  for (let start = 0; start < lines.length; start++) {
    let end = start;
    // Rule lines (above, inside or below the rows) belong to the table and are no rows.
    while (end < lines.length && (lines[end]!.includes('|') || RULE_LINE.test(lines[end]!))) end++;
    const block = lines.slice(start, end);
    const rows = block.filter((l) => !RULE_LINE.test(l));
    if (rows.length >= 2) {
      const cells = pipeCells(rows);
      const counts = cells.map((c) => c.length);
      if (counts.every((n) => n >= 2) && counts.some((n, k) => k > 0 && n === counts[k - 1])) {
        tables.set(start, { rows: isGridTable(block) ? gridRows(block) : cells, end });
      }
    }
    start = Math.max(start, end - 1);
  }
  return tables;
}

/** A grid table (`+---+---+` between every row): a row may take several lines, as its cells wrap. */
function isGridTable(block: string[]): boolean {
  const inner = block.slice(1, -1);
  return /^\s*\+/u.test(block[0]!) && RULE_LINE.test(block[0]!) && inner.some((l) => RULE_LINE.test(l)) && inner.filter((l) => !RULE_LINE.test(l)).length > inner.filter((l) => RULE_LINE.test(l)).length;
}

/**
 * A grid table's rows: the lines between two rules, each cell's lines read
 * in turn. A line wrapped by the cell's width goes on the line before it
 * ("…, not just" / "survive"); a shorter one starts a line of its own (a
 * speaker under a title).
 */
function gridRows(block: string[]): string[][][] {
  const widths = (block[0]!.trim().match(/[-=]+/gu) ?? []).map((dashes) => dashes.length - 2);
  const rows: string[][][] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const perLine = pipeCells(group);
    const columns = Math.max(...perLine.map((c) => c.length));
    rows.push(Array.from({ length: columns }, (_, k) => unwrap(perLine.map((c) => c[k] ?? ''), widths[k] ?? Infinity)));
    group = [];
  };
  for (const line of block) {
    if (RULE_LINE.test(line)) flush();
    else group.push(line);
  }
  flush();
  return rows;
}

/** A line opening with a label: one or two capitalised words and a colon ("Chair:", "Speakers :", "Getting there:"). */
const LABEL_FIRST = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+)?\s?:(?!\d)/u;

function unwrap(lines: string[], width: number): string[] {
  const out: string[] = [];
  let above: string | undefined;
  for (const line of lines.filter(Boolean)) {
    const firstWord = line.split(/\s+/u)[0]!;
    // The line above was full: its next word did not fit. A label ("Panellists:") starts a line of its own.
    if (above !== undefined && above.length + 1 + firstWord.length > width && !LABEL_FIRST.test(line)) out[out.length - 1] = `${out.at(-1)!} ${line}`;
    else out.push(line);
    above = line;
  }
  return out;
}

/** Splits each row at its pipes; outer pipes (on every row) frame the table and are no cells. */
function pipeCells(rows: string[]): string[][] {
  const framed = rows.every((row) => /^\s*\|.*\|\s*$/u.test(row));
  return rows.map((row) => {
    const inner = framed ? row.trim().slice(1, -1) : row.trim().replace(/^\|/u, '');
    return inner.split('|').map((cell) => cell.trim());
  });
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
