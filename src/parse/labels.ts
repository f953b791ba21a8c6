/**
 * Label lines of a title page: `Date : …`, `Quand ? …`, `When: …`,
 * `Time: …`, `Horaires : …`, `Venue: …`, `Où ? …`, `Getting there: …`,
 * `Accès : …` (bold labels arrive as plain text: `**Quand ?** …` is
 * `Quand ? …`). One table, read by the date, hours, venue and title code:
 * a label says what its value is and is never part of it.
 */

export type LabelKind = 'date' | 'time' | 'venue' | 'access';

export interface Labelled {
  kind: LabelKind;
  /** The label as written, with its separator ("Date :", "Où ?"). */
  label: string;
  /** The text after the label (may be empty: the value is then on the next line). */
  value: string;
}

/** Label words by kind, French and English; matched case-insensitively, before `:` or `?`. */
const LABELS: Record<LabelKind, string[]> = {
  date: ['date', 'dates', 'quand', 'when', 'le', 'jour', 'day', 'date et heure', 'date et horaires', 'date and time', 'date & time', 'dates et horaires'],
  time: ['time', 'times', 'timing', 'hours', 'horaire', 'horaires', 'heure', 'heures'],
  venue: ['venue', 'lieu', 'où', 'ou', 'where', 'adresse', 'address', 'location', 'place', 'salle', 'lieu et adresse'],
  access: ['getting there', 'getting here', 'accès', 'acces', 'access', 'directions', 'comment venir', 'pour venir', 'comment s\'y rendre', 'comment s’y rendre', 'how to get there', 'how to get here', 'finding us', 'transport', 'transports', 'travel'],
};

/** The label words, longest first so "date et heure" wins over "date". */
const WORDS = Object.values(LABELS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /gu, String.raw`\s+`))
  .join('|');
const SPACE = String.raw`[\s\u00a0\u202f]*`;
/** `:`, `?`, `? :` (with the no-break spaces of French typography). */
const SEPARATOR = String.raw`(?:\?${SPACE}:?|:)`;

/** `Label :`, `Label:`, `Label ?`, `Label ? :` opening a line. */
const LABEL = new RegExp(String.raw`^(${WORDS})${SPACE}${SEPARATOR}${SPACE}`, 'iu');
/** A table cell holding a label alone ("Date", "Venue:", "Où ?"): the row's other cells are its value. */
const LABEL_CELL = new RegExp(String.raw`^(${WORDS})${SPACE}${SEPARATOR}?$`, 'iu');

const KIND_OF = new Map<string, LabelKind>(
  (Object.entries(LABELS) as Array<[LabelKind, string[]]>).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** A label word as matched ("Date  et heure") → its kind. */
function kindOf(word: string): LabelKind | undefined {
  return KIND_OF.get(word.toLowerCase().replace(/\s+/gu, ' '));
}

/** The line's label, its kind and its value; null when the line opens with none. */
export function readLabel(text: string): Labelled | null {
  const m = LABEL.exec(text);
  const kind = m ? kindOf(m[1]!) : undefined;
  if (!m || !kind) return null;
  return { kind, label: m[0].trim(), value: text.slice(m[0].length).trim() };
}

/** A table row that opens with a label cell ("Venue | Harbourside Centre, 1 Quay Parade"): the label and the other cells as its value. */
export function readLabelRow(cells: string[][]): Labelled | null {
  if (cells.length < 2) return null;
  const m = LABEL_CELL.exec(cells[0]!.join(' ').trim());
  const kind = m ? kindOf(m[1]!) : undefined;
  if (!m || !kind) return null;
  const value = cells.slice(1).map((c) => c.join(', ')).filter(Boolean).join(', ');
  return { kind, label: m[0].trim(), value };
}

/** The label and value as one line ("Venue: …"), as the venue and access code read them. */
export function asLabelLine(labelled: Labelled): string {
  return `${labelled.label.replace(/[\s:?]+$/u, '')}: ${labelled.value}`;
}

/** The text without its label, of any kind or of the given kinds. */
export function withoutLabel(text: string, kinds?: LabelKind[]): string {
  const labelled = readLabel(text);
  return labelled && (!kinds || kinds.includes(labelled.kind)) ? labelled.value : text;
}
