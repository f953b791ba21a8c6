/**
 * The parser reads a programme as a sequence of lines: each paragraph,
 * heading and list item of the cleaned mdast, split at soft line breaks, and
 * each table row (with its cells). Footnote references are lifted out of the
 * text and kept as offsets; layout cues (blank lines, page breaks, bold,
 * heading depth, indentation) come along.
 */
import type { FootnoteDefinition, Nodes, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FootnoteRef } from '../model/programme.js';
import { layoutOf } from '../mdast/layout.js';
import { collapseSpace } from '../text/normalize.js';
import { withDatedDayNames } from './day-names.js';
import { expandGrids } from './grid.js';
import { plainLine, type Base } from './plain-line.js';
import { withLayoutTablesAsLines, withSpannedTimes } from './table-rows.js';

export interface Line {
  /** Text with white space collapsed (tabs become the cell separator `\t` only in `raw`). */
  text: string;
  /** Text as written, tabs kept: tabs separate a time from its title in some layouts. */
  raw: string;
  type: 'paragraph' | 'heading' | 'listItem' | 'tableRow';
  /** Heading depth, list identity, table cells. */
  depth?: number;
  list?: { id: number; ordered: boolean };
  cells?: Cell[];
  /** For table rows: how many columns each cell spans (merged cells), when the source says. */
  spans?: number[];
  /** For table rows: how many rows each cell spans (merged down), when the source says. */
  rowSpans?: number[];
  /** For table rows: which table (numbered in document order) and which row. */
  table?: { id: number; row: number };
  /** The whole line is bold (a layout cue for headings and titles). */
  strong: boolean;
  blankLinesBefore: number;
  pageBreakBefore: boolean;
  indent: number;
  footnoteRefs: FootnoteRef[];
  /** A day heading as written, when its text was completed with the date ("Mardi" → "Mardi 4 avril 2023"). */
  writtenAs?: string;
}

/** A table cell: its lines (paragraphs and soft breaks inside the cell). */
export type Cell = string[];

export interface LinesAndNotes {
  lines: Line[];
  footnotes: Array<{ label: string; text: string }>;
}

export function toLines(tree: Root): LinesAndNotes {
  const lines: Line[] = [];
  const footnotes: LinesAndNotes['footnotes'] = [];
  let listId = 0;
  let tableId = 0;
  // A thematic break (`---`) separates parts of the page as a page break does.
  let breakPending = false;

  const visitBlock = (node: RootContent, inherited?: { blank: number; pageBreak: boolean }) => {
    const layout = layoutOf(node);
    const base = {
      blankLinesBefore: inherited?.blank ?? layout.blankLinesBefore ?? 0,
      pageBreakBefore: inherited?.pageBreak ?? (layout.pageBreakBefore || breakPending),
      indent: layout.indent ?? 0,
    };
    if (node.type !== 'thematicBreak' && node.type !== 'footnoteDefinition') breakPending = false;
    switch (node.type) {
      case 'paragraph':
        lines.push(...phrasingLines(node.children, 'paragraph', base));
        break;
      case 'heading':
        lines.push(...phrasingLines(node.children, 'heading', base).map((l) => ({ ...l, depth: node.depth })));
        break;
      case 'list': {
        const list = { id: ++listId, ordered: node.ordered === true };
        node.children.forEach((item, index) => {
          const itemLayout = layoutOf(item);
          const first = index === 0 ? base : { ...base, blankLinesBefore: itemLayout.blankLinesBefore ?? 0, pageBreakBefore: false };
          item.children.forEach((child, k) => {
            if (child.type === 'paragraph' || child.type === 'heading') {
              const itemLines = phrasingLines(child.children, 'listItem', k === 0 ? first : { ...first, blankLinesBefore: 0 });
              lines.push(...itemLines.map((l) => ({ ...l, list })));
            } else visitBlock(child as RootContent);
          });
        });
        break;
      }
      case 'table': {
        const id = ++tableId;
        node.children.forEach((row, index) =>
          lines.push({ ...tableLine(row, index === 0 ? base : { ...base, blankLinesBefore: 0, pageBreakBefore: false }), table: { id, row: index } }),
        );
        break;
      }
      case 'blockquote':
        node.children.forEach((child, index) => visitBlock(child, index === 0 ? { blank: base.blankLinesBefore, pageBreak: base.pageBreakBefore } : undefined));
        break;
      case 'footnoteDefinition':
        footnotes.push({ label: node.label ?? node.identifier, text: footnoteText(node) });
        break;
      case 'code':
        for (const raw of node.value.split('\n')) if (raw.trim()) lines.push(plainLine(raw, base));
        break;
      case 'thematicBreak':
        breakPending = true;
        break;
      default: {
        const text = toString(node as Nodes);
        if (text.trim()) lines.push(plainLine(text, base));
      }
    }
  };
  for (const node of tree.children) visitBlock(node);
  return { lines: withDatedDayNames(expandGrids(withSpannedTimes(withLayoutTablesAsLines(lines)))), footnotes };
}

/** Splits phrasing content at `break` nodes and newlines; lifts footnote references out. */
function phrasingLines(children: PhrasingContent[], type: Line['type'], base: Base): Line[] {
  const out: Line[] = [];
  let raw = '';
  let refs: Array<{ label: string; rawOffset: number }> = [];
  let strongChars = 0;
  let totalChars = 0;

  const flush = () => {
    if (raw.trim() !== '') {
      const first = out.length === 0;
      out.push(finishLine(raw, refs, type, strongChars >= totalChars * 0.9 && totalChars > 0, first ? base : { ...base, blankLinesBefore: 0, pageBreakBefore: false }));
    }
    raw = '';
    refs = [];
    strongChars = 0;
    totalChars = 0;
  };
  const addText = (value: string, strong: boolean) => {
    const pieces = value.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) flush();
      raw += piece;
      const letters = piece.replace(/\s/gu, '').length;
      totalChars += letters;
      if (strong) strongChars += letters;
    });
  };
  const walk = (nodes: PhrasingContent[], strong: boolean) => {
    for (const node of nodes) {
      if (node.type === 'break') flush();
      else if (node.type === 'footnoteReference') refs.push({ label: node.label ?? node.identifier, rawOffset: raw.length });
      else if (node.type === 'text' || node.type === 'inlineCode') addText(node.value, strong);
      else if (node.type === 'strong') walk(node.children, true);
      else if ('children' in node) walk(node.children as PhrasingContent[], strong);
    }
  };
  walk(children, false);
  flush();
  return out;
}

function finishLine(raw: string, refs: Array<{ label: string; rawOffset: number }>, type: Line['type'], strong: boolean, base: Base): Line {
  const text = collapseSpace(raw);
  // Map each reference's offset in the raw text to the collapsed text.
  const footnoteRefs = refs.map(({ label, rawOffset }) => ({
    label,
    offset: Math.min(text.length, collapseSpace(raw.slice(0, rawOffset) + '\u0000').length - 1),
  }));
  return { text, raw, type, strong, footnoteRefs, ...base };
}

function tableLine(row: TableRow, base: Base): Line {
  const cells = row.children.map((cell) => phrasingLines(cell.children, 'paragraph', base).map((l) => l.text));
  const refs: FootnoteRef[] = [];
  const text = cells.map((c) => c.join(' ')).filter(Boolean).join('\t');
  const spans = row.children.map((cell) => cell.data?.colSpan ?? 1);
  const rowSpans = row.children.map((cell) => cell.data?.rowSpan ?? 1);
  return {
    text: collapseSpace(text),
    raw: text,
    type: 'tableRow',
    cells,
    ...(spans.some((s) => s > 1) ? { spans } : {}),
    ...(rowSpans.some((s) => s > 1) ? { rowSpans } : {}),
    strong: false,
    footnoteRefs: refs,
    ...base,
  };
}

function footnoteText(node: FootnoteDefinition): string {
  return collapseSpace(node.children.map((c) => toString(c)).join(' '));
}
