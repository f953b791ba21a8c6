/**
 * The raw stories of a .doc (see `word-binary.ts`) → the same mdast the
 * other readers produce: one paragraph per Word paragraph, tables as mdast
 * tables (a cell's paragraphs joined by `break`s), footnotes and endnotes as
 * `footnoteDefinition`s referenced where their mark stands, blank paragraphs
 * and page breaks as layout data, running headers as plain lines.
 *
 * Word's control characters: \r paragraph end, \x0b line break, \f page or
 * section break, \x07 cell end, \n row end (set by word-extractor from the
 * table-row mark), CELL_PARAGRAPH a paragraph end inside a cell, \x13–\x15
 * fields, \x02 an auto-numbered note mark, \x01/\x08 pictures and drawn
 * objects, \x05 a comment mark, \x1e non-breaking hyphen, \x1f optional hyphen.
 */
import type { Data, FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { LayoutData } from '../../model/document.js';
import { resolveFields } from './fields.js';
import { CELL_PARAGRAPH, type Notes, type RawWordText } from './word-binary.js';

/** Stands in the body for a note reference until the blocks are built. */
const NOTE_REF = '\ue000';

export interface DocContent {
  tree: Root;
  headers: string[];
}

export function storiesToMdast(raw: RawWordText): DocContent {
  const { body, labels, definitions } = placeNotes(raw);
  const children: RootContent[] = [...buildBlocks(resolveFields(body), labels)];
  for (const { label, text } of definitions) {
    const blocks = buildBlocks(resolveFields(text), []).filter((b): b is Paragraph => b.type === 'paragraph');
    if (blocks.length === 0) continue;
    for (const block of blocks) delete block.data;
    const note: FootnoteDefinition = { type: 'footnoteDefinition', identifier: label, label, children: blocks };
    children.push(note);
  }
  return { tree: { type: 'root', children }, headers: headerLines(raw.headers) };
}

/**
 * Puts NOTE_REF where each note is cited and pairs it with its text. Word's
 * own index (PlcffndRef/PlcffndTxt) is used when readable; otherwise the
 * auto-numbered marks (\x02) are taken in order, footnotes before endnotes.
 * Footnotes are labelled 1…n, endnotes carry on from n+1.
 */
function placeNotes(raw: RawWordText): { body: string; labels: string[]; definitions: Array<{ label: string; text: string }> } {
  const chars = raw.body.split('');
  const definitions: Array<{ label: string; text: string }> = [];
  const indexed = [raw.footnotes, raw.endnotes].every((n) => n.story === '' || n.refs.length > 0);
  if (indexed) {
    const cited: Array<{ cp: number; label: string }> = [];
    for (const notes of [raw.footnotes, raw.endnotes]) {
      notes.refs.forEach((cp, i) => {
        const label = String(definitions.length + 1);
        definitions.push({ label, text: notes.texts[i] ?? '' });
        cited.push({ cp, label });
        chars[cp] = NOTE_REF;
      });
    }
    cited.sort((a, b) => a.cp - b.cp);
    return { body: chars.join(''), labels: cited.map((c) => c.label), definitions };
  }
  for (const notes of [raw.footnotes, raw.endnotes]) {
    for (const text of splitNoteStory(notes)) definitions.push({ label: String(definitions.length + 1), text });
  }
  const labels: string[] = [];
  const body = raw.body.replace(/\x02/g, () => {
    if (labels.length >= definitions.length) return '';
    labels.push(String(labels.length + 1));
    return NOTE_REF;
  });
  return { body, labels, definitions };
}

/** A notes story without its index: each note starts with its \x02 mark at a paragraph start. */
function splitNoteStory(notes: Notes): string[] {
  return notes.story
    .split(/(?:^|\r)(?=\x02)/)
    .filter((text) => text.startsWith('\x02'));
}

interface Builder {
  blocks: RootContent[];
  phrasing: PhrasingContent[];
  text: string;
  cells: TableCell[];
  table: Table | null;
  blank: number;
  pageBreak: boolean;
}

/** Walks the text once, character by character, closing paragraphs, cells, rows and tables. */
function buildBlocks(text: string, labels: string[]): RootContent[] {
  const b: Builder = { blocks: [], phrasing: [], text: '', cells: [], table: null, blank: 0, pageBreak: false };
  let nextLabel = 0;
  for (const ch of text) {
    switch (ch) {
      case '\r':
        endParagraph(b);
        break;
      case '\f':
        endParagraph(b, false);
        b.pageBreak = true;
        break;
      case '\x0b':
        flushText(b);
        b.phrasing.push({ type: 'break' });
        break;
      case CELL_PARAGRAPH:
        flushText(b);
        if (b.phrasing.length > 0) b.phrasing.push({ type: 'break' });
        break;
      case '\x07':
        endCell(b);
        break;
      case '\n':
        endRow(b);
        break;
      case NOTE_REF: {
        const label = labels[nextLabel++];
        if (label === undefined) break;
        flushText(b);
        b.phrasing.push({ type: 'footnoteReference', identifier: label, label });
        break;
      }
      default:
        b.text += printable(ch);
    }
  }
  endParagraph(b, false);
  closeTable(b);
  return b.blocks;
}

const CHARACTER_MAP: Record<string, string> = { '\x1e': '-', '\uf0b7': '•', '\u00ad': '' };

function printable(ch: string): string {
  const mapped = CHARACTER_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Other C0 controls are Word's object and annotation anchors; tabs stay.
  if (code < 0x20 && ch !== '\t') return '';
  return ch;
}

function flushText(b: Builder): void {
  if (b.text === '') return;
  const last = b.phrasing.at(-1);
  if (last?.type === 'text') last.value += b.text;
  else b.phrasing.push({ type: 'text', value: b.text });
  b.text = '';
}

/** Takes the phrasing gathered so far, trimmed, or null when it holds no text. */
function takePhrasing(b: Builder): PhrasingContent[] | null {
  flushText(b);
  const nodes = b.phrasing;
  b.phrasing = [];
  while (nodes[0]?.type === 'break') nodes.shift();
  while (nodes.at(-1)?.type === 'break') nodes.pop();
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s\u00a0]+/u, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\s\u00a0]+$/u, '');
  const kept = nodes.filter((n) => n.type !== 'text' || n.value !== '');
  const hasContent = kept.some((n) => n.type === 'footnoteReference' || (n.type === 'text' && n.value.trim() !== ''));
  return hasContent ? kept : null;
}

/** Layout hints for the block being closed (mdast's `Data` has no fields of its own for them). */
function layout(b: Builder, indent?: number): Data {
  const data: LayoutData = { blankLinesBefore: b.blank };
  if (b.pageBreak) data.pageBreakBefore = true;
  if (indent) data.indent = indent;
  b.blank = 0;
  b.pageBreak = false;
  return data as Data;
}

/** Ends a body paragraph; an empty one counts as a blank line when `countBlank`. */
function endParagraph(b: Builder, countBlank = true): void {
  flushText(b);
  const indent = leadingIndent(b.phrasing);
  const nodes = takePhrasing(b);
  if (!nodes) {
    if (countBlank) b.blank++;
    return;
  }
  closeTable(b);
  const paragraph: Paragraph = { type: 'paragraph', children: nodes, data: layout(b, indent) };
  b.blocks.push(paragraph);
}

function endCell(b: Builder): void {
  const nodes = takePhrasing(b) ?? [];
  b.cells.push({ type: 'tableCell', children: nodes });
}

function endRow(b: Builder): void {
  // Text after the last cell mark (none in well-formed files) becomes a last cell.
  if (takePhrasingInto(b)) return endRow(b);
  const cells = b.cells;
  b.cells = [];
  if (cells.every((c) => c.children.length === 0)) return;
  const row: TableRow = { type: 'tableRow', children: cells };
  if (!b.table) b.table = { type: 'table', children: [], data: layout(b) } as Table;
  b.table.children.push(row);
}

function takePhrasingInto(b: Builder): boolean {
  if (b.text === '' && b.phrasing.length === 0) return false;
  const nodes = takePhrasing(b);
  if (nodes) b.cells.push({ type: 'tableCell', children: nodes });
  return nodes !== null;
}

function closeTable(b: Builder): void {
  // Cells whose row mark never came still form a row.
  if (b.cells.length > 0) endRow(b);
  if (!b.table) return;
  const width = Math.max(...b.table.children.map((r) => r.children.length));
  for (const row of b.table.children) {
    while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  }
  b.blocks.push(b.table);
  b.table = null;
}

function leadingIndent(nodes: PhrasingContent[]): number {
  const first = nodes[0];
  if (first?.type !== 'text') return 0;
  const lead = /^[\t ]*/.exec(first.value)?.[0] ?? '';
  return [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
}

/** Header and footer stories → their non-empty lines, each once, in order. */
function headerLines(stories: string[]): string[] {
  const lines: string[] = [];
  for (const story of stories) {
    const text = [...resolveFields(story)].map((ch) => (/[\r\n\x0b\x07\f\u2029]/.test(ch) ? '\n' : printable(ch))).join('');
    for (const line of text.split('\n')) {
      const trimmed = line.replace(/\s+/gu, ' ').trim();
      if (trimmed && !lines.includes(trimmed)) lines.push(trimmed);
    }
  }
  return lines;
}
