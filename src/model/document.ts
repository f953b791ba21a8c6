/**
 * What a reader hands to the clean stage, and the clean stage to the parser:
 * the document's body as an mdast tree, plus what lives outside the body.
 */
import type { Root } from 'mdast';
import type { InputFormat, ProgrammeWarning } from './programme.js';

/** Document properties found in the file itself (Word's core properties). */
export interface DocumentMetadata {
  title?: string;
  author?: string;
  subject?: string;
  /** ISO 8601 timestamps as the file records them. */
  created?: string;
  modified?: string;
}

export interface SourceDocument {
  format: InputFormat;
  /** The body, as mdast (paragraphs, lists, tables, footnotes…). */
  tree: Root;
  /**
   * Running headers and footers, one entry per line of text, in document
   * order. Readers fill it where the format keeps them apart (.docx, .doc);
   * the clean stage moves repeated header lines of text extractions here.
   * The parser reads them for organizer/title detection; renderers never
   * repeat them in the body.
   */
  headers: string[];
  metadata: DocumentMetadata;
  /** What the reader or the clean stage noticed and the user should know. */
  warnings: ProgrammeWarning[];
}

/**
 * Layout hints that readers attach to mdast nodes' `data` so the later stages
 * can use cues that mdast itself has no field for.
 */
export interface LayoutData {
  /** Number of empty lines/paragraphs that preceded this block in the source. */
  blankLinesBefore?: number;
  /** A page (or section) break came just before this block. */
  pageBreakBefore?: boolean;
  /** Leading indentation (in spaces or tabs as written) of a text line. */
  indent?: number;
  /** The Word paragraph style name, where the reader knows it. */
  style?: string;
  /** A table cell merged across this many columns (from the source's colspan). */
  colSpan?: number;
  /**
   * A table cell merged down this many rows (from the source's rowspan). The
   * rows below hold an empty cell in its place (hast-util-to-mdast pads them).
   */
  rowSpan?: number;
}

// Every mdast node may carry layout hints in its `data`.
declare module 'mdast' {
  interface Data extends LayoutData {}
}
