/**
 * The page flow: where the next block goes, when a page is full, and which
 * footnotes the page must carry at its foot. Blocks are measured before they
 * are placed; every piece of text is drawn inside a structure element so the
 * PDF is tagged, and decorations are marked as artifacts.
 */
import { loadFonts } from './fonts.js';
import type { Fragment, Line, Measurer } from './richtext.js';
import { COLORS, STYLES, SUPERSCRIPT_RISE, type PageGeometry, type TextStyle } from './theme.js';

export type Struct = PDFKit.PDFStructureElement;

/** Lines set in one base style, ready to be placed. */
export interface TextBlock {
  lines: Line[];
  style: TextStyle;
  lineHeight: number;
}

export function textBlock(lines: Line[], style: TextStyle): TextBlock {
  return { lines, style, lineHeight: style.size * style.leading };
}

export const blockHeight = (block: TextBlock): number => block.lines.length * block.lineHeight;

/** A footnote ready to print: its number and its lines (hanging indent). */
export interface PreparedFootnote {
  number: number;
  block: TextBlock;
}

const FOOTNOTE_GAP = 12;
const FOOTNOTE_SPACING = 2;
export const FOOTNOTE_INDENT = 13;

export class Flow {
  y: number;
  private pageNotes: number[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly geometry: PageGeometry,
    readonly root: Struct,
    readonly measure: Measurer,
    private readonly footnotes: ReadonlyMap<number, PreparedFootnote>,
  ) {
    this.y = geometry.top;
  }

  get width(): number {
    return this.geometry.right - this.geometry.left;
  }

  get atTop(): boolean {
    return this.y <= this.geometry.top + 0.01;
  }

  /** Room left on this page if these footnotes were added to it. */
  available(notes: readonly number[] = []): number {
    return this.geometry.bottom - this.notesHeight(this.withNotes(notes)) - this.y;
  }

  fits(height: number, notes: readonly number[] = []): boolean {
    return height <= this.available(notes) + 0.01;
  }

  /** Whole page's height for text, for blocks that can never fit. */
  get pageCapacity(): number {
    return this.geometry.bottom - this.geometry.top;
  }

  /** Moves down by `space`, unless at the top of a page (no gap there). */
  skip(space: number): void {
    if (!this.atTop) this.y += space;
  }

  cite(notes: readonly number[]): void {
    this.pageNotes = this.withNotes(notes);
  }

  newPage(): void {
    this.drawFootnotes();
    this.doc.addPage();
    this.y = this.geometry.top;
    this.pageNotes = [];
  }

  finish(): void {
    this.drawFootnotes();
  }

  /** Starts a new page unless `height` (with its notes) fits here. */
  ensure(height: number, notes: readonly number[] = []): void {
    if (!this.fits(height, notes) && !this.atTop) this.newPage();
  }

  /** A child structure element of `parent`, attached at once. */
  struct(parent: Struct, type: string, options: Record<string, unknown> = {}): Struct {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** Draws decorations (rules) as artifacts, outside the structure tree. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' } as PDFKit.Mixins.MarkingOptions);
    draw();
    this.doc.endMarkedContent();
  }

  rule(x1: number, x2: number, y: number, color: string = COLORS.rule, width = 0.6): void {
    this.artifact(() => {
      this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
    });
  }

  /**
   * Draws lines `from..to` of a block with their top at `top`, as content of
   * `target`; link text gets a Link element holding its annotation.
   */
  drawLines(target: Struct, block: TextBlock, x: number, top: number, from = 0, to = block.lines.length): void {
    type Placed = { fragment: Fragment; x: number; baseline: number };
    let group: Placed[] = [];
    let groupLink: string | undefined;
    const flush = () => {
      if (group.length === 0) return;
      const placed = group;
      const link = groupLink;
      group = [];
      if (link === undefined) {
        target.add(() => placed.forEach((p) => this.drawFragment(p.fragment, p.x, p.baseline)));
        return;
      }
      const element = this.struct(target, 'Link');
      element.add(() => placed.forEach((p) => this.drawFragment(p.fragment, p.x, p.baseline)));
      for (const p of placed) {
        const lineTop = p.baseline - this.baselineOffset(block);
        this.doc.link(p.x + p.fragment.x, lineTop, p.fragment.width, block.lineHeight, link, {
          structParent: element,
          Contents: new String(link),
        } as unknown as PDFKit.Mixins.AnnotationOption);
      }
      element.end();
    };
    for (let i = from; i < to; i++) {
      const line = block.lines[i];
      if (!line) continue;
      const baseline = top + (i - from) * block.lineHeight + this.baselineOffset(block);
      for (const fragment of line.fragments) {
        if (fragment.link !== groupLink) {
          flush();
          groupLink = fragment.link;
        }
        group.push({ fragment, x, baseline });
      }
    }
    flush();
  }

  /**
   * Places a block that may run over pages, a line at a time, keeping at
   * least two lines together at either end (no orphan, no widow).
   */
  flowBlock(target: Struct, block: TextBlock, x: number): void {
    const n = block.lines.length;
    let i = 0;
    while (i < n) {
      let k = 0;
      while (i + k < n && this.fits((k + 1) * block.lineHeight, this.notesOf(block, i, i + k + 1))) k++;
      const rest = n - i;
      if (k < rest) {
        if (rest - k < 2) k = rest - 2;
        if ((k < 2 || k <= 0) && !this.atTop) {
          this.newPage();
          continue;
        }
        k = Math.max(k, 1);
      }
      this.placeLines(target, block, x, i, i + k);
      i += k;
      if (i < n) this.newPage();
    }
  }

  /** Draws lines at the current position and moves past them. */
  placeLines(target: Struct, block: TextBlock, x: number, from = 0, to = block.lines.length): void {
    this.cite(this.notesOf(block, from, to));
    this.drawLines(target, block, x, this.y, from, to);
    this.y += (to - from) * block.lineHeight;
  }

  notesOf(block: TextBlock, from = 0, to = block.lines.length): number[] {
    return block.lines.slice(from, to).flatMap((line) => line.footnotes);
  }

  private drawFragment(fragment: Fragment, x: number, baseline: number): void {
    const { style } = fragment;
    const rise = fragment.footnote === undefined ? 0 : (style.size / 0.62) * SUPERSCRIPT_RISE;
    const options: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
    if (style.features) (options as { features?: string[] }).features = style.features;
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color).text(fragment.text, x + fragment.x, baseline - rise, options);
  }

  /** Distance from a line's top to its baseline: the font's box centred in the line. */
  baselineOffset(block: TextBlock): number {
    const font = loadFonts()[block.style.font];
    const ascent = font.ascent / font.unitsPerEm;
    const descent = -font.descent / font.unitsPerEm;
    return (block.lineHeight - (ascent + descent) * block.style.size) / 2 + ascent * block.style.size;
  }

  private withNotes(notes: readonly number[]): number[] {
    const all = [...this.pageNotes];
    for (const n of notes) if (!all.includes(n)) all.push(n);
    return all;
  }

  private notesHeight(notes: readonly number[]): number {
    const blocks = notes.flatMap((n) => this.footnotes.get(n) ?? []);
    if (blocks.length === 0) return 0;
    return FOOTNOTE_GAP + blocks.reduce((sum, note) => sum + blockHeight(note.block) + FOOTNOTE_SPACING, 0);
  }

  /** The page's footnotes, at the foot of its text area, under a short rule. */
  private drawFootnotes(): void {
    const notes = this.pageNotes.flatMap((n) => this.footnotes.get(n) ?? []);
    if (notes.length === 0) return;
    const { left, bottom } = this.geometry;
    let y = bottom - this.notesHeight(this.pageNotes) + FOOTNOTE_GAP;
    this.rule(left, left + 72, y - FOOTNOTE_GAP / 2, COLORS.faint, 0.5);
    for (const note of notes) {
      const element = this.struct(this.root, 'Note');
      const label = this.struct(element, 'Lbl');
      const numberBlock = textBlock(
        [{ fragments: [{ text: String(note.number), style: STYLES.footnoteNumber, x: 0, width: 0 }], width: 0, footnotes: [] }],
        note.block.style,
      );
      this.drawLines(label, numberBlock, left, y);
      label.end();
      const body = this.struct(element, 'P');
      this.drawLines(body, note.block, left + FOOTNOTE_INDENT, y);
      body.end();
      element.end();
      y += blockHeight(note.block) + FOOTNOTE_SPACING;
    }
    this.pageNotes = [];
  }
}
