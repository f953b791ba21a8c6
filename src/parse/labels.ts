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
  access: ['getting there', 'accès', 'acces', 'access', 'directions', 'comment venir', 'pour venir', 'how to get there', 'transport', 'transports', 'travel'],
};

/** `Label :`, `Label:`, `Label ?`, `Label ? :` (with the no-break spaces of French typography). */
const LABEL = new RegExp(
  String.raw`^(${Object.values(LABELS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /gu, String.raw`\s+`))
    .join('|')})[\s\u00a0\u202f]*(?:\?[\s\u00a0\u202f]*:?|:)[\s\u00a0\u202f]*`,
  'iu',
);

const KIND_OF = new Map<string, LabelKind>(
  (Object.entries(LABELS) as Array<[LabelKind, string[]]>).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** The line's label, its kind and its value; null when the line opens with none. */
export function readLabel(text: string): Labelled | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase().replace(/\s+/gu, ' ');
  const kind = KIND_OF.get(word);
  if (!kind) return null;
  return { kind, label: m[0].trim(), value: text.slice(m[0].length).trim() };
}

/** The text without its label, of any kind or of the given kinds. */
export function withoutLabel(text: string, kinds?: LabelKind[]): string {
  const labelled = readLabel(text);
  return labelled && (!kinds || kinds.includes(labelled.kind)) ? labelled.value : text;
}

export function isLabelKind(text: string, kind: LabelKind): boolean {
  return readLabel(text)?.kind === kind;
}
