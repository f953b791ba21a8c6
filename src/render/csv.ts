/**
 * CSV export: one row per session, for spreadsheets. UTF-8 with a byte-order
 * mark (so that Excel reads the accents), CRLF record ends (RFC 4180), fields
 * quoted by csv-stringify where they need it. The separator is `,` unless
 * `--csv-separator` says otherwise (`;` for spreadsheets in French locales,
 * where `,` is the decimal mark).
 *
 * A session with several speakers lists them one per line inside its cell,
 * and their affiliations one per line in the next cell, line for line (an
 * empty line where a speaker has none), so the two columns stay paired.
 * `end` is the end the document wrote, empty otherwise.
 *
 * Text taken from the document (title, speakers, affiliations) that starts
 * like a spreadsheet formula (`=`, `+`, `-`, `@`, a tab or a carriage return)
 * gets a leading `'`, so that opening the file never runs a formula written
 * in a programme (OWASP's advice on CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { Programme, Session } from '../model/programme.js';
import { InputError } from '../read/reader.js';
import type { Renderer, RenderContext } from './renderer.js';

export const CSV_COLUMNS = ['date', 'start', 'end', 'title', 'kind', 'speakers', 'affiliations'] as const;
export const DEFAULT_CSV_SEPARATOR = ',';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would read as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Lines of a multi-line cell: each one is neutralised, as a spreadsheet may split them. */
function textCell(lines: readonly string[]): string {
  return lines.map(neutraliseFormula).join('\n');
}

function sessionRow(session: Session): Row {
  return {
    date: session.date ?? '',
    start: session.start,
    end: session.end ?? '',
    title: neutraliseFormula(session.title),
    kind: session.kind,
    speakers: textCell(session.speakers.map((speaker) => speaker.name)),
    affiliations: session.speakers.some((speaker) => speaker.affiliation)
      ? textCell(session.speakers.map((speaker) => speaker.affiliation ?? ''))
      : '',
  };
}

/** One character, and not one that CSV itself uses. */
function resolveSeparator(separator: string | undefined): string {
  const value = separator ?? DEFAULT_CSV_SEPARATOR;
  if ([...value].length !== 1 || /["\r\n]/.test(value)) {
    throw new InputError(`invalid CSV separator ${JSON.stringify(value)} (expected one character such as "," or ";")`);
  }
  return value;
}

export function renderCsv(programme: Programme, context: RenderContext): string {
  return stringify(programme.sessions.map(sessionRow), {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    delimiter: resolveSeparator(context.options.csvSeparator),
    record_delimiter: 'windows',
    // A line break inside a field must be quoted whatever the record delimiter.
    quote_record_delimiter: true,
    quoted_match: /\n|\r/,
  });
}

const renderer: Renderer = {
  format: 'csv',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  render: (programme, context) => new TextEncoder().encode(renderCsv(programme, context)),
};

export default renderer;
