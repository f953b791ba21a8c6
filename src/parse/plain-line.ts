/** A line of plain text (no formatting, no footnotes), as readers of text and reshaped tables make them. */
import { collapseSpace } from '../text/normalize.js';
import type { Line } from './lines.js';

export type Base = Pick<Line, 'blankLinesBefore' | 'pageBreakBefore' | 'indent'>;

/** A paragraph line of `raw`, white space collapsed in its text. */
export function plainLine(raw: string, base: Base): Line {
  return { text: collapseSpace(raw), raw, type: 'paragraph', strong: false, footnoteRefs: [], ...base };
}

