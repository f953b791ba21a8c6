/**
 * Raw text of a Word 97–2003 document through word-extractor's parser (piece
 * table, tracked deletions, table-row marks), but without its final clean-up,
 * which would erase what the mdast mapping needs: footnote marks (\x02), page
 * breaks (\f) and the row/cell structure of tables.
 *
 * word-extractor's own OLE reader is bypassed (it loops forever on a cyclic
 * sector chain): streams come from our strict reader in `../ole/cfb.ts`.
 * This relies on word-extractor internals (`extractWordDocument`,
 * `_pieces`, `_boundaries`, `_taggedHeaders`), pinned at the exact version in
 * package.json; `doc.test.ts` fails if an upgrade changes them.
 */
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import type { CompoundFile } from '../ole/cfb.js';

/** The raw stories of a .doc, with Word's control characters still in. */
export interface RawWordText {
  body: string;
  /** Footnotes and endnotes as Word indexes them, when its tables are readable. */
  footnotes: Notes;
  endnotes: Notes;
  /** Header and footer stories in document order, raw. */
  headers: string[];
}

/** One kind of notes: each reference's offset in `body`, and each note's raw text. */
export interface Notes {
  /** The whole story, for when the index below is missing or broken. */
  story: string;
  refs: number[];
  texts: string[];
}

/**
 * Marks a paragraph end inside a table cell. word-extractor turns the
 * table-row mark into `\n`; we mark in-cell paragraph ends (sprmPFInTable) so
 * a cell's paragraphs are not mistaken for the paragraphs before a table.
 */
export const CELL_PARAGRAPH = '\u2029';

interface Piece {
  text: string;
  startFilePos: number;
  size: number;
  bpc: number;
}
interface Boundaries {
  ccpText: number;
  ccpFtn: number;
  ccpHdd: number;
  ccpAtn: number;
  ccpEdn: number;
}
interface WordOleExtractorInternals {
  _pieces: Piece[];
  _boundaries: Boundaries;
  _taggedHeaders: Array<{ type: string; text: string }>;
  extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
  writeParagraphProperties(buffer: Buffer, table: Buffer): void;
  normalizeHeaders(buffer: Buffer, table: Buffer): void;
}
type WordOleExtractorClass = new () => WordOleExtractorInternals;

const require = createRequire(import.meta.url);
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as WordOleExtractorClass;

const SPRM_P_IN_TABLE = 0x2416;
const MAX_HEADER_STORIES = 6 * 1000 + 6;

class RawExtractor extends (WordOleExtractor as WordOleExtractorClass) {
  constructor(private readonly file: CompoundFile) {
    super();
  }

  documentStream(_document: unknown, name: string): Promise<Readable> {
    const bytes = this.file.stream(name);
    return Promise.resolve(Readable.from(bytes ? [Buffer.from(bytes)] : []));
  }

  private fib: Buffer = Buffer.alloc(0);
  private table: Buffer = Buffer.alloc(0);

  override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
    this.fib = buffer;
    this.table = table;
    super.writeParagraphProperties(buffer, table);
    markParagraphEnds(this._pieces, inTableParagraphEnds(buffer, table));
  }

  /**
   * word-extractor rewrites a piece's whole text once per header story, so a
   * damaged index claiming tens of thousands of stories would take minutes.
   * Real documents have 6 stories per section plus 6: past this, no headers.
   */
  override normalizeHeaders(buffer: Buffer, table: Buffer): void {
    if (buffer.readUInt32LE(0x00f6) / 4 > MAX_HEADER_STORIES) return;
    super.normalizeHeaders(buffer, table);
  }

  buildDocument(): RawWordText {
    const all = this._pieces.map((p) => p.text).join('');
    const b = this._boundaries;
    let at = 0;
    const take = (count: number) => {
      const text = all.slice(at, at + count);
      at += count;
      return text;
    };
    const body = take(b.ccpText);
    const footnotes = notes(take(b.ccpFtn), this.fib, this.table, FOOTNOTE_PLCS, body.length);
    take(b.ccpHdd);
    take(b.ccpAtn);
    const endnotes = notes(take(b.ccpEdn), this.fib, this.table, ENDNOTE_PLCS, body.length);
    // Headers first, then footers, as the .docx reader lists them.
    const story = (type: string) => this._taggedHeaders.filter((s) => s.type === type).map((s) => s.text);
    const headers = [...story('headers'), ...story('footers')];
    return { body, footnotes, endnotes, headers };
  }
}

/** Reads the stories of the Word document in `file` (its `WordDocument` stream given). */
export async function extractRawWordText(file: CompoundFile, wordDocument: Uint8Array): Promise<RawWordText> {
  const extractor = new RawExtractor(file);
  return (await extractor.extractWordDocument(null, Buffer.from(wordDocument))) as RawWordText;
}

/** FIB offsets of the fc/lcb pairs of PlcffndRef/PlcffndTxt and PlcfendRef/PlcfendTxt ([MS-DOC] 2.5.6 FibRgFcLcb97). */
const FOOTNOTE_PLCS = { ref: 0x00aa, text: 0x00b2 };
const ENDNOTE_PLCS = { ref: 0x020a, text: 0x0212 };

/** Splits a notes story by Word's own index; empty refs/texts when the index is unusable. */
function notes(story: string, fib: Buffer, table: Buffer, plcs: { ref: number; text: number }, bodyLength: number): Notes {
  const none = { story, refs: [], texts: [] };
  if (story === '') return none;
  try {
    const refCps = plcCps(fib, table, plcs.ref, 2);
    const textCps = plcCps(fib, table, plcs.text, 0);
    const count = refCps.length - 1;
    if (count <= 0 || textCps.length < count + 1) return none;
    const refs = refCps.slice(0, count);
    const texts: string[] = [];
    for (let i = 0; i < count; i++) texts.push(story.slice(textCps[i], textCps[i + 1]));
    const ordered = refs.every((cp, i) => cp < bodyLength && (i === 0 || cp > (refs[i - 1] as number)));
    return ordered ? { story, refs, texts } : none;
  } catch {
    return none;
  }
}

/** The CPs of a PLC whose fc/lcb pair is at `fibOffset` in the FIB, each data item `dataSize` bytes. */
function plcCps(fib: Buffer, table: Buffer, fibOffset: number, dataSize: number): number[] {
  const fc = fib.readUInt32LE(fibOffset);
  const lcb = fib.readUInt32LE(fibOffset + 4);
  if (lcb < 4 || fc + lcb > table.length) return [];
  const n = (lcb - 4) / (4 + dataSize);
  if (!Number.isInteger(n)) return [];
  const cps: number[] = [];
  for (let i = 0; i <= n; i++) cps.push(table.readUInt32LE(fc + i * 4));
  return cps;
}

/**
 * File positions of the paragraph marks of paragraphs inside table cells,
 * from the PAPX FKPs ([MS-DOC] 2.9.175 PapxFkp) that word-extractor already
 * walks for table-row marks. Out-of-range data just ends the walk.
 */
function inTableParagraphEnds(buffer: Buffer, table: Buffer): number[] {
  const ends: number[] = [];
  try {
    const fc = buffer.readUInt32LE(0x0102);
    const lcb = buffer.readUInt32LE(0x0106);
    const count = Math.floor((lcb - 4) / 8);
    const plc = table.subarray(fc, fc + lcb);
    for (let i = 0; i < count; i++) {
      const pn = plc.readUInt32LE((count + 1) * 4 + i * 4);
      const fkp = buffer.subarray(pn * 512, (pn + 1) * 512);
      if (fkp.length < 512) break;
      const crun = fkp.readUInt8(511);
      for (let j = 0; j < crun; j++) {
        const fcNext = fkp.readUInt32LE((j + 1) * 4);
        const bx = (crun + 1) * 4 + j * 13;
        const offset = fkp.readUInt8(bx) * 2;
        if (offset === 0) continue;
        const cb = fkp.readUInt8(offset);
        const grpprl =
          cb !== 0 ? fkp.subarray(offset + 1, offset + 2 * cb) : fkp.subarray(offset + 2, offset + 2 + 2 * fkp.readUInt8(offset + 1));
        if (hasSprm(grpprl, 2, SPRM_P_IN_TABLE)) ends.push(fcNext);
      }
    }
  } catch {
    // A damaged property table only costs us the cell-paragraph marks.
  }
  return ends;
}

/** Whether a grpprl holds `wanted` with a non-zero one-byte operand. */
function hasSprm(grpprl: Buffer, start: number, wanted: number): boolean {
  let at = start;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    if (sprm === wanted) return (grpprl[at] ?? 0) !== 0;
    const spra = sprm >> 13;
    const operand = [1, 1, 2, 4, 2, 2, -1, 3][spra] as number;
    at += operand >= 0 ? operand : 1 + (grpprl[at] ?? 0);
  }
  return false;
}

/** Replaces each `\r` paragraph mark that ends just before a file position in `ends` with CELL_PARAGRAPH. */
function markParagraphEnds(pieces: Piece[], ends: number[]): void {
  if (ends.length === 0) return;
  const sorted = [...ends].sort((a, b) => a - b);
  for (const piece of pieces) {
    let chars: string[] | undefined;
    // Binary search for the first end inside this piece.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) <= piece.startFilePos) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && (sorted[k] as number) <= piece.startFilePos + piece.size; k++) {
      const index = ((sorted[k] as number) - piece.startFilePos) / piece.bpc - 1;
      if (!Number.isInteger(index) || piece.text[index] !== '\r') continue;
      chars ??= piece.text.split('');
      chars[index] = CELL_PARAGRAPH;
    }
    if (chars) piece.text = chars.join('');
  }
}
