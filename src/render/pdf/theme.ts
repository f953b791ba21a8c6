/** The look of the printed programme: page geometry, colours, text styles. */
import type { FontName } from './fonts.js';

export interface TextStyle {
  font: FontName;
  /** Point size. */
  size: number;
  color: string;
  /** Line height as a multiple of the size. */
  leading: number;
  /** OpenType features, e.g. tabular figures for the time column. */
  features?: string[];
}

export const COLORS = {
  ink: '#1b1b1b',
  muted: '#5a5a5a',
  faint: '#8a8a8a',
  accent: '#1d4e7a',
  rule: '#c9d2db',
  link: '#1d4e7a',
} as const;

export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  /** Bottom edge of the text area (footnotes included). */
  bottom: number;
  left: number;
  right: number;
  /** Baseline of the running footer. */
  footerBaseline: number;
}

const SIZES = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;

export function pageGeometry(pageSize: 'A4' | 'LETTER'): PageGeometry {
  const [width, height] = SIZES[pageSize];
  // ~22 mm sides, ~20 mm top, a deeper foot that holds the running footer.
  return { width, height, top: 58, bottom: height - 66, left: 64, right: width - 64, footerBaseline: height - 34 };
}

const style = (font: FontName, size: number, color: string, leading = 1.35, features?: string[]): TextStyle =>
  features ? { font, size, color, leading, features } : { font, size, color, leading };

export const STYLES = {
  organizer: style('sansSemibold', 9, COLORS.muted, 1.3),
  title: style('sansBold', 23, COLORS.accent, 1.15),
  dateLine: style('serifSemibold', 12.5, COLORS.ink, 1.3),
  venueName: style('serifSemibold', 10.5, COLORS.ink, 1.35),
  venue: style('serif', 10.5, COLORS.ink, 1.35),
  venueLabel: style('sansSemibold', 9.5, COLORS.muted, 1.35),
  sectionHeading: style('sansBold', 14, COLORS.accent, 1.2),
  subHeading: style('sansSemibold', 11.5, COLORS.ink, 1.25),
  body: style('serif', 10.5, COLORS.ink, 1.38),
  bodyItalic: style('serifItalic', 10.5, COLORS.ink, 1.38),
  bullet: style('serif', 10.5, COLORS.accent, 1.38),
  tableHeader: style('sansSemibold', 9.5, COLORS.ink, 1.3),
  tableCell: style('serif', 9.5, COLORS.ink, 1.3),
  time: style('sansSemibold', 10, COLORS.accent, 1.38, ['tnum']),
  sessionTitle: style('serifSemibold', 10.5, COLORS.ink, 1.33),
  sessionTitleLight: style('serifItalic', 10.5, COLORS.muted, 1.33),
  speaker: style('serifItalic', 10, COLORS.ink, 1.33),
  speakerDetail: style('serifItalic', 10, COLORS.muted, 1.33),
  note: style('serif', 9.5, COLORS.muted, 1.33),
  footnote: style('serif', 8.5, COLORS.ink, 1.3),
  footnoteNumber: style('serif', 8.5, COLORS.ink, 1.3),
  footer: style('sans', 8, COLORS.faint, 1.2),
} satisfies Record<string, TextStyle>;

/** A superscript footnote mark drawn in the style of the text around it. */
export function superscriptOf(base: TextStyle): TextStyle {
  return { ...base, size: Math.round(base.size * 0.62 * 10) / 10, leading: base.leading };
}
/** How far a superscript's baseline is raised, relative to the base size. */
export const SUPERSCRIPT_RISE = 0.36;
