/**
 * The clean stage: mdast transforms that remove what is not the programme's
 * text (pictures, OCR spill, page furniture) and repair what extraction
 * broke (paragraphs split by a lost mark, footnote marks turned into `�`).
 * The order matters: placeholders become images before the spill next to
 * images is judged, and running headers are found while logos still mark
 * the page edges.
 */
import type { SourceDocument } from '../model/document.js';
import { brokenParagraphs } from './broken-paragraphs.js';
import { footnoteMarks } from './footnote-marks.js';
import { imagePlaceholders } from './image-placeholders.js';
import { dropImages } from './images.js';
import { ocrSpill } from './ocr-spill.js';
import { runningHeaders } from './running-headers.js';

export function clean(source: SourceDocument): SourceDocument {
  const doc: SourceDocument = structuredClone(source);
  imagePlaceholders(doc.tree);
  ocrSpill(doc.tree, doc.warnings);
  runningHeaders(doc);
  dropImages(doc.tree);
  brokenParagraphs(doc.tree);
  footnoteMarks(doc.tree, doc.warnings);
  return doc;
}
