/**
 * The print-ready PDF: a tagged, archival (PDF/A-2a) document set in
 * embedded, subset Source Serif 4 / Source Sans 3, paginated by the
 * renderer itself so that no session is cut across pages, no heading is left
 * at a page's foot and each footnote sits on the page that cites it.
 * Deterministic: every date comes from the render context (pdfkit derives
 * the file /ID from the info dictionary), nothing from the clock.
 */
import PDFDocument from 'pdfkit';
import type { Programme } from '../../model/programme.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { buildItems, endnoteItems } from './content.js';
import { Flow, FOOTNOTE_INDENT, type PreparedFootnote, type Struct, textBlock } from './flow.js';
import { registerFonts } from './fonts.js';
import { FootnoteNumbers, inlineRuns } from './inline.js';
import { placeItems } from './items.js';
import { labelsFor } from './labels.js';
import { documentInfo, installXmpWriter } from './metadata.js';
import { breakLines, type Measurer, pdfMeasurer } from './richtext.js';
import { type PageGeometry, pageGeometry, STYLES } from './theme.js';

export async function renderPdf(programme: Programme, context: RenderContext): Promise<Uint8Array> {
  const geometry = pageGeometry(context.options.pageSize ?? 'A4');
  const language = programme.language || 'und';
  const labels = labelsFor(language);
  const info = documentInfo(programme, labels, context.sourceDate);

  const doc = new PDFDocument({
    size: context.options.pageSize ?? 'A4',
    margins: { top: geometry.top, bottom: geometry.height - geometry.bottom, left: geometry.left, right: geometry.width - geometry.right },
    bufferPages: true,
    tagged: true,
    lang: language,
    displayTitle: true,
    subset: 'PDF/A-2a',
    pdfVersion: '1.7',
    info: info as unknown as PDFKit.DocumentInfo,
    // No default Helvetica: PDF/A wants every font used to be embedded.
    font: null as unknown as string,
  });
  const bytes = collect(doc);
  installXmpWriter(doc, language);
  registerFonts(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const measure = pdfMeasurer(doc);
  const footnotes = new FootnoteNumbers(new Set(programme.footnotes.map((f) => f.label)));
  const ctx = { programme, language, labels, measure, geometry, footnotes, root: () => root };

  const items = buildItems(ctx);
  const cited = footnotes.cited();
  const prepared = prepareFootnotes(programme, cited, language, measure, geometry);
  const uncited = programme.footnotes
    .filter((f) => !cited.includes(f.label))
    .map((f, i) => ({ number: cited.length + i + 1, text: f.text }));
  items.push(...endnoteItems(uncited, ctx));

  const flow = new Flow(doc, geometry, root, measure, prepared);
  placeItems(flow, items);
  flow.finish();
  drawFooters(doc, geometry, info.Title, measure);
  root.end();
  doc.end();
  return bytes;
}

function prepareFootnotes(
  programme: Programme,
  citedLabels: readonly string[],
  language: string,
  measure: Measurer,
  geometry: PageGeometry,
): Map<number, PreparedFootnote> {
  const width = geometry.right - geometry.left - FOOTNOTE_INDENT;
  const prepared = new Map<number, PreparedFootnote>();
  citedLabels.forEach((label, index) => {
    const note = programme.footnotes.find((f) => f.label === label);
    if (!note) return;
    const lines = breakLines(inlineRuns(note.text, STYLES.footnote, { language }), width, measure);
    prepared.set(index + 1, { number: index + 1, block: textBlock(lines, STYLES.footnote) });
  });
  return prepared;
}

/** "Title ………… 3 / 12" under a hairline on every page, as a pagination artifact. */
function drawFooters(doc: PDFKit.PDFDocument, geometry: PageGeometry, title: string, measure: Measurer): void {
  const { start, count } = doc.bufferedPageRange();
  const style = STYLES.footer;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    // The footer lies below the text area: drawing there must never start a page.
    doc.page.margins.bottom = 0;
    // "3 / 12" drawn as three pieces with real gaps: text extractors rebuild
    // spaces from gaps, and a plain space at this size is too narrow for them.
    const pieces = [String(i + 1), '/', String(count)];
    const gap = style.size * 0.5;
    const widths = pieces.map((p) => measure.width(p, style));
    const labelWidth = widths.reduce((a, b) => a + b, 0) + gap * (pieces.length - 1);
    const room = geometry.right - geometry.left - labelWidth - 24;
    doc.markContent('Artifact', { type: 'Pagination' } as PDFKit.Mixins.MarkingOptions);
    doc.save().moveTo(geometry.left, geometry.footerBaseline - 11).lineTo(geometry.right, geometry.footerBaseline - 11).lineWidth(0.4).strokeColor('#c9d2db').stroke().restore();
    doc.font(style.font).fontSize(style.size).fillColor(style.color);
    const options: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
    doc.text(truncate(title, room, (t) => measure.width(t, style)), geometry.left, geometry.footerBaseline, options);
    let x = geometry.right - labelWidth;
    pieces.forEach((piece, k) => {
      doc.text(piece, x, geometry.footerBaseline, options);
      x += (widths[k] ?? 0) + gap;
    });
    doc.endMarkedContent();
  }
}

function truncate(text: string, room: number, width: (t: string) => number): string {
  if (width(text) <= room) return text;
  let cut = text;
  while (cut.length > 1 && width(`${cut}…`) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export type { Struct };

const pdfRenderer: Renderer = {
  format: 'pdf',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: renderPdf,
};

export default pdfRenderer;
