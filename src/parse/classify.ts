/** What each line is, before the parser decides where it goes: a session, a day heading, a day's hours. */
import type { Line } from './lines.js';
import { DAY_NUMBER_SOURCE, findDate, type DateMatch } from './date.js';
import { readLabel, readLabelRow, type Labelled } from './labels.js';
import { parseSpeakerLine, showsPerson } from './speakers.js';
import { asDayHours, matchLeadingTime, matchTrailingTime, parseTimeRange, type TimeMatch } from './time.js';
import { collapseSpace, withoutOuterBrackets } from '../text/normalize.js';

export interface LineInfo {
  line: Line;
  /** A leading time: the line opens a session (for table rows, the first cell holds it). */
  time: TimeMatch | null;
  /** The line is a day heading or a title-page date (the date stands at its start). */
  date: (DateMatch & { hours: TimeMatch | null; label: string }) | null;
  /** A label opening the line (`Date :`, `Time:`, `Où ?`): its kind and value. */
  label: Labelled | null;
}

/**
 * Words that may stand before a day heading's date: the day's number
 * (`Day 1 –`, `Jour 2 :`, `1ère journée :`, `Second day,`, `Première
 * journée –`) or a preposition (`Le`, `On`).
 */
const DATE_PREFIX = new RegExp(String.raw`^(?:${DAY_NUMBER_SOURCE}|le|les|du|on|the|from)?[\s:–—\-,.]*$`, 'iu');
const MAX_WORDS_BESIDE_DATE = 6;

/**
 * Where a document writes its times: before the titles (most programmes),
 * or after them ("Accueil ........ 9h00"). Decided once per document, by
 * which of the two forms its lines use more.
 */
export type TimePosition = 'leading' | 'trailing';

export function timePosition(lines: Line[]): TimePosition {
  const plain = lines.filter((l) => l.type !== 'tableRow');
  const leading = plain.filter((l) => matchLeadingTime(l.text)).length;
  const trailing = plain.filter((l) => !matchLeadingTime(l.text) && matchTrailingTime(l.text)).length;
  return trailing >= 2 && trailing > leading * 2 ? 'trailing' : 'leading';
}

export function classifyLine(given: Line, language: string, position: TimePosition = 'leading'): LineInfo {
  let line = timeCellFirst(given);
  const first = line.type === 'tableRow' ? timeCellText(line.cells?.[0] ?? []) : line.text;
  // A label cell ("Date | Thursday 5 March 2026") labels its row as a label opens a line.
  const label = given.type === 'tableRow' ? readLabelRow(given.cells ?? []) : readLabel(first);
  if (label) return { line, ...labelledLine(label, language), label };
  let time = matchLeadingTime(first);
  // "Tuesday 10 March, 8.00am - 12 noon" ends with times too: a date heading, not a session.
  let date = time ? null : dateHeading(first, language);
  // Read on the line as typed: a wide gap before a time in words ("Déjeuner        midi - 13 h 45") separates it.
  if (!time && !date && position === 'trailing' && line.type !== 'tableRow') {
    time = matchTrailingTime(line.raw.trimEnd());
    if (time) time = { ...time, rest: collapseSpace(time.rest) };
  }
  // "Dr Anna Kovacs (University of Wendover) — 13:45 — Soil carbon": a line led by its speaker.
  if (!time && !date && line.type !== 'tableRow') time = speakerLedTime(first);
  // "Pause (10h30 – 10h45)", a row merged across the table: a title with its time range in brackets after it.
  if (!time && !date) {
    const merged = line.type === 'tableRow' && filledCells(line) === 1;
    time = bracketedRangeAfter(merged ? first : line.text, language);
    // The row read as "time | title", as the other rows of its table.
    if (time && merged) line = { ...line, cells: [[first.slice(first.lastIndexOf('(') + 1, first.lastIndexOf(')')).trim()], [time.rest]] };
  }
  if (time && line.type === 'tableRow') {
    const rest = [time.rest, ...(line.cells ?? []).slice(1).map((c) => c.join(' '))].filter(Boolean).join(' ');
    time = { ...time, rest };
  }
  // A day heading completed with its date keeps its label as written ("Mardi", not "Mardi 4 avril 2023").
  if (date && line.writtenAs) date = { ...date, label: line.writtenAs };
  // A time followed by figures only ("0035 | 0081 | 0127", "10.30 12.45 15.00") is a table of numbers, not a session.
  if (time && time.rest !== '' && !/\p{L}/u.test(time.rest)) time = null;
  return { line, time, date, label: null };
}

/**
 * A session line led by its speaker, then the time, then the title ("M.
 * Yann Le Goff, réalisateur — 20h30 — Avant-première"): read as the time,
 * the title, and the speaker after a dash, as programmes usually order them.
 * The lead must read as people (a title before the name, or an affiliation).
 */
function speakerLedTime(text: string): TimeMatch | null {
  const lead = /^(.+?)\s+[—–-]\s+(?=\d)/u.exec(text);
  if (!lead) return null;
  const speakers = parseSpeakerLine(lead[1]!, { listContext: true });
  if (!speakers?.every(showsPerson)) return null;
  const time = matchLeadingTime(text.slice(lead[0].length));
  return time && time.rest ? { ...time, rest: `${time.rest} — ${lead[1]!}` } : null;
}

/**
 * "Title (10h30 – 10h45)": a time range, both ends written, in brackets at
 * the end of a line. Not after a date ("Rivers Forum, 3 June 2019 (10am –
 * 4pm)" gives a day's hours).
 */
function bracketedRangeAfter(text: string, language: string): TimeMatch | null {
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(text);
  const range = m ? parseTimeRange(m[2]!) : null;
  return range?.end && /\p{L}/u.test(m![1]!) && !findDate(m![1]!, language) ? { ...range, rest: m![1]! } : null;
}

/** How many of a table row's cells hold text. */
export function filledCells(row: Line): number {
  return (row.cells ?? []).filter((cell) => cell.join('').trim() !== '').length;
}

/**
 * A labelled line is read by its label: `Date :` / `Quand ?` give a date
 * (with hours beside it), `Time:` / `Horaires :` the day's hours (as a
 * range with no title, so never a session); venue and access labels
 * neither.
 */
function labelledLine(label: Labelled, language: string): Pick<LineInfo, 'time' | 'date'> {
  if (label.kind === 'date') {
    const date = dateHeading(label.value, language);
    if (date) return { time: null, date };
    // "Date: 9h30 – 17h" (the day given elsewhere): the hours.
    return { time: dayHours(label.value), date: null };
  }
  if (label.kind === 'time') return { time: dayHours(label.value), date: null };
  return { time: null, date: null };
}

/**
 * Hours as a range ("9.15am – 4.00pm", "(9 h – 17 h)"), a note in brackets
 * or after a comma allowed ("9am – 4pm (coffee from 8.30)"); a single time
 * is no day's hours.
 */
function dayHours(text: string): TimeMatch | null {
  const hours = matchLeadingTime(withoutOuterBrackets(text));
  if (!hours?.end || !(hours.rest === '' || /^[(,;]/u.test(hours.rest))) return null;
  return { ...hours, rest: '' };
}

/** Tables that put the time in the last column ("Séquence | Horaire"): read as if it came first. */
function timeCellFirst(line: Line): Line {
  const cells = line.cells;
  if (!cells || cells.length < 2 || matchLeadingTime(timeCellText(cells[0]!))) return line;
  const last = cells.at(-1)!;
  if (!parseTimeRange(timeCellText(last))) return line;
  return { ...line, cells: [last, ...cells.slice(0, -1)] };
}

/** The day's hours written after its date: "(9 h – 17 h)", "9h-16h30", "9.30 to 4.30"; null when `text` holds none. */
export function dayHoursAfterDate(text: string): TimeMatch | null {
  return text ? asDayHours(parseTimeRange(withoutOuterBrackets(text))) : null;
}

/** A time cell may hold the start and the end on two lines: read them as a range. */
function timeCellText(cell: string[]): string {
  const times = cell.filter((l) => parseTimeRange(l));
  return times.length === 2 && cell.length === 2 ? times.join(' – ') : cell.join(' ');
}

function dateHeading(text: string, language: string): LineInfo['date'] {
  const date = findDate(text, language);
  if (!date) return null;
  if (!DATE_PREFIX.test(text.slice(0, date.index))) return null;
  const after = text.slice(date.index + date.length).replace(/^[\s,:;–—\-.]+/u, '');
  // "20 mars 2026 (9 h – 17 h)", "28 novembre 2026, 9h-16h30", "– de 9h à 16h".
  const hours = dayHoursAfterDate(after);
  const otherWords = hours ? 0 : after.split(/\s+/u).filter(Boolean).length;
  if (otherWords > MAX_WORDS_BESIDE_DATE) return null;
  // The label is the heading as written, without the hours (kept as start/end).
  const label = hours ? text.slice(0, date.index + date.length).replace(/[\s,:;–—\-]+$/u, '') : text;
  return { ...date, hours, label };
}

export { parseTimeRange };
