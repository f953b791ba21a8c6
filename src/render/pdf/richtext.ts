/**
 * Line breaking of styled text. pdfkit's own wrapper cannot mix styles on a
 * line and measure the result exactly, so the renderer breaks lines itself:
 * greedy, ragged-right, breaking only at plain spaces (never at the no-break
 * spaces typography.ts put in), and inside a word only when the word alone is
 * wider than the column (long URLs). The same lines are measured and drawn,
 * so a block's height is known before it is placed.
 */
import type { TextStyle } from './theme.js';

export interface Run {
  text: string;
  style: TextStyle;
  link?: string;
  /** A footnote mark: drawn raised, and the note goes to this line's page. */
  footnote?: number;
}

export interface Fragment {
  text: string;
  style: TextStyle;
  link?: string;
  footnote?: number;
  /** Offset from the line's left edge. */
  x: number;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  width: number;
  /** Footnote numbers cited on this line. */
  footnotes: number[];
}

export interface Measurer {
  width(text: string, style: TextStyle): number;
}

interface Piece {
  text: string;
  run: Run;
  width: number;
}

/**
 * Word widths, shared by every document of the process: shaping is the
 * costliest step of a render, and the same fonts are used every time.
 */
const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 200_000;

/** A pdfkit-backed measurer. */
export function pdfMeasurer(doc: PDFKit.PDFDocument): Measurer {
  return {
    width(text, style) {
      const key = `${style.font}\u0000${style.size}\u0000${style.features?.join(',') ?? ''}\u0000${text}`;
      let width = widthCache.get(key);
      if (width === undefined) {
        doc.font(style.font).fontSize(style.size);
        width = doc.widthOfString(text, style.features ? ({ features: style.features } as PDFKit.Mixins.TextOptions) : {});
        if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
        widthCache.set(key, width);
      }
      return width;
    },
  };
}

/** Breaks the runs into lines no wider than `maxWidth`. */
export function breakLines(runs: Run[], maxWidth: number, measure: Measurer): Line[] {
  const words: { space: Piece | null; pieces: Piece[]; width: number }[] = [];
  let pendingSpace: Piece | null = null;
  let current: { space: Piece | null; pieces: Piece[]; width: number } | null = null;
  for (const run of runs) {
    for (const token of run.text.split(/( +)/)) {
      if (token === '') continue;
      if (token.startsWith(' ')) {
        if (current) words.push(current);
        current = null;
        pendingSpace = { text: ' ', run, width: measure.width(' ', run.style) };
        continue;
      }
      const piece = { text: token, run, width: measure.width(token, run.style) };
      if (!current) {
        current = { space: words.length > 0 ? pendingSpace : null, pieces: [], width: 0 };
        pendingSpace = null;
      }
      current.pieces.push(piece);
      current.width += piece.width;
    }
  }
  if (current) words.push(current);

  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const spaceWidth = line.length > 0 && word.space ? word.space.width : 0;
    if (line.length > 0 && lineWidth + spaceWidth + word.width > maxWidth) {
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    if (line.length === 0 && word.width > maxWidth) {
      const chunks = splitWord(word.pieces, maxWidth, measure);
      lines.push(...chunks.slice(0, -1));
      line = chunks[chunks.length - 1] ?? [];
      lineWidth = line.reduce((sum, p) => sum + p.width, 0);
      continue;
    }
    if (line.length > 0 && word.space) line.push(word.space);
    line.push(...word.pieces);
    lineWidth += (line.length > word.pieces.length && word.space ? word.space.width : 0) + word.width;
  }
  if (line.length > 0) lines.push(line);
  return lines.map(toLine);
}

/** Cuts a word wider than the column, character by character. */
function splitWord(pieces: Piece[], maxWidth: number, measure: Measurer): Piece[][] {
  const chunks: Piece[][] = [];
  let chunk: Piece[] = [];
  let width = 0;
  for (const piece of pieces) {
    let text = '';
    for (const char of piece.text) {
      const charWidth = measure.width(char, piece.run.style);
      if (width + charWidth > maxWidth && (chunk.length > 0 || text !== '')) {
        if (text) chunk.push({ text, run: piece.run, width: measure.width(text, piece.run.style) });
        chunks.push(chunk);
        chunk = [];
        text = '';
        width = 0;
      }
      text += char;
      width += charWidth;
    }
    if (text) chunk.push({ text, run: piece.run, width: measure.width(text, piece.run.style) });
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

function toLine(pieces: Piece[]): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  for (const piece of pieces) {
    const last = fragments[fragments.length - 1];
    const { run } = piece;
    if (last && last.style === run.style && last.link === run.link && last.footnote === run.footnote) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      const fragment: Fragment = { text: piece.text, style: run.style, x, width: piece.width };
      if (run.link !== undefined) fragment.link = run.link;
      if (run.footnote !== undefined) fragment.footnote = run.footnote;
      fragments.push(fragment);
    }
    x += piece.width;
  }
  const footnotes = fragments.flatMap((f) => (f.footnote === undefined ? [] : [f.footnote]));
  return { fragments, width: x, footnotes };
}
