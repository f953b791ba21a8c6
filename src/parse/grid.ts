/**
 * Timetable grids: a table whose header row names a day in each column
 * (`Monday 6 July | Tuesday 7 July`, `Lundi | Mardi`, `Jour 1 | Jour 2`),
 * whose rows are time slots (the time in the first column) and whose cells
 * are that day's session at that time. The rest of the parser reads a
 * programme day by day, so a grid is rewritten as what it means: for each
 * day column, a day heading line, then one `time | cell` row per non-empty
 * cell. A cell merged across several day columns (`data.colSpan`) is a
 * session on each day it spans; an empty cell is no session.
 */
import { findDate } from './date.js';
import { dayName, FRENCH_DAY_NAME, withDate, type DayName } from './day-names.js';
import { collapseSpace } from '../text/normalize.js';
import type { Cell, Line } from './lines.js';
import { matchLeadingTime, parseTimeRange } from './time.js';

/** A day header is short: "Monday 6 July", "Jour 2 – mardi". */
const MAX_HEADER_WORDS = 6;
/** At least this share of a grid's body rows start with a time. */
const MIN_TIMED_SHARE = 0.5;

type DayHeader = { kind: 'date' } | DayName;

/** Rewrites each timetable grid among the lines; other lines pass through unchanged. */
export function expandGrids(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.table || line.table.row !== 0) {
      out.push(line);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end]!.table?.id === line.table.id) end++;
    const rows = joinStartEndColumns(lines.slice(i, end));
    out.push(...(expandGrid(rows, lines.slice(0, i)) ?? rows));
    i = end - 1;
  }
  return out;
}

/**
 * `Début | Fin | Contenu | Intervenant(s)`, `Start | End | Session`: when
 * most timed rows hold one time alone in each of their first two cells,
 * those are the start and the end. In every row the two cells become one
 * (the start and the end on two lines, read as a range; a row with its end
 * cell empty keeps its start alone; the header row `Début / Fin`). Other
 * tables are left as they are.
 */
export function joinStartEndColumns(rows: Line[]): Line[] {
  const timed = rows.filter((row) => singleTime(row.cells?.[0]));
  const paired = timed.filter((row) => singleTime(row.cells?.[1]) && (row.cells?.length ?? 0) >= 3);
  if (paired.length === 0 || paired.length < timed.length * MIN_TIMED_SHARE) return rows;
  return rows.map((row) => {
    const cells = row.cells ?? [];
    // Every row is joined the same way, so its content stays under its header.
    if (cells.length < 3 || (row.spans?.[0] ?? 1) > 1) return row;
    const joined: Cell[] = [[...cells[0]!, ...cells[1]!], ...cells.slice(2)];
    return { ...row, cells: joined, ...spansAfter(row, (spans) => [1, ...spans.slice(2)]) };
  });
}

/** A cell holding one time and nothing else ("13:30", "9 h 15"), not a range. */
function singleTime(cell: Cell | undefined): boolean {
  if (!cell || cell.length !== 1) return false;
  const time = parseTimeRange(cell[0]!);
  return time !== null && time.end === null;
}

/**
 * A grid's header row may follow a title row (one cell, often merged across
 * the table): the title row stays a line of its own. Days stand in the
 * header row (one column per day) or, transposed, in the first column (one
 * row per day, the header row holding the times).
 */
function expandGrid(rows: Line[], before: Line[]): Line[] | null {
  for (const headerIndex of [0, 1]) {
    if (headerIndex === 1 && filledCells(rows[0]!) !== 1) break;
    const lead = rows.slice(0, headerIndex).map(asParagraph);
    const body = rows.slice(headerIndex);
    const grid = daysInColumns(body, before) ?? daysInRows(body, before) ?? daysInFirstColumn(body, before) ?? tracksInColumns(body);
    if (grid) return [...lead, ...grid];
  }
  // Tracks after a common morning: a header row of tracks further down ("" | Track 1 – … | Track 2 – …).
  for (let k = 2; k < rows.length - 1; k++) {
    if (cellText(rows[k]!.cells?.[0]) !== '') continue;
    const tracks = tracksInColumns(rows.slice(k));
    // The header row names the columns; the rows above stay as they are.
    if (tracks) return [...rows.slice(0, k), ...tracks.slice(1)];
  }
  return null;
}

function daysInColumns(rows: Line[], before: Line[]): Line[] | null {
  const [header, ...body] = rows;
  const headerCells = header?.cells ?? [];
  if (headerCells.length < 3 || body.length === 0) return null;
  const dayCells = headerCells.slice(1).map(cellText);
  // Padding columns at the right (empty header) are not days.
  while (dayCells.length > 0 && dayCells.at(-1) === '') dayCells.pop();
  if (dayCells.length < 2) return null;
  const days = dayCells.map(dayHeader);
  if (days.some((d) => d === null)) return null;
  const timed = body.filter((row) => matchLeadingTime(cellText(row.cells?.[0]))).length;
  if (timed < body.length * MIN_TIMED_SHARE) return null;

  const out: Line[] = [];
  dayCells.forEach((text, k) => {
    const column = k + 1;
    out.push(headingLine(header!, headingText(text, days[k]!, before), k));
    body.forEach((row, i) => out.push(...slotLine(row, slotTime(body, i, rowSpanAt(row, column)), cellAt(row, column))));
  });
  return out;
}

/** How many rows the cell covering a column is merged down (1 when not merged). */
function rowSpanAt(row: Line, column: number): number {
  const cells = row.cells ?? [];
  for (let j = 0; j <= column && j < cells.length; j++) {
    if (column < j + (row.spans?.[j] ?? 1)) return row.rowSpans?.[j] ?? 1;
  }
  return 1;
}

/**
 * The time of a slot whose cell is merged down several rows (a field visit
 * over two afternoon slots): from its first row's start to its last row's
 * end, else to the next row's start. A cell in one row keeps its row's time.
 */
function slotTime(rows: Line[], index: number, rowSpan: number): Cell {
  const own = rows[index]!.cells?.[0] ?? [];
  if (rowSpan <= 1) return own;
  const start = matchLeadingTime(cellText(own));
  const lastRow = rows[Math.min(rows.length - 1, index + rowSpan - 1)];
  const last = lastRow ? matchLeadingTime(cellText(lastRow.cells?.[0])) : null;
  const next = rows[index + rowSpan] ? matchLeadingTime(cellText(rows[index + rowSpan]!.cells?.[0])) : null;
  const end = last?.end ?? next?.start ?? null;
  return start && end && end > start.start ? [`${start.start} – ${end}`] : own;
}

/**
 * A day column: `Jour | Horaire | Contenu | Intervenants`, the day in the
 * first cell of its first row, that cell merged down the day's rows (the
 * rows below hold an empty cell in its place), typed again in each row, or
 * left empty. Each day becomes a day heading before its rows; the rows keep
 * their other cells (`time | title | speakers`), read like any schedule
 * table. A producer that omits the cells a merge covers shifts those rows
 * one cell left: a row opening with a time is realigned. The header row,
 * if any, loses its day column and stays the table's header.
 */
function daysInFirstColumn(rows: Line[], before: Line[]): Line[] | null {
  const width = (rows[0]?.cells ?? []).length;
  if (width < 3) return null;
  const aligned = rows.map(withDayCell);
  const firsts = aligned.map((row) => ((row.spans?.[0] ?? 1) > 1 ? null : cellText(row.cells?.[0])));
  const days = firsts.map((text) => (text ? dayHeader(text) : null));
  const start = days[0] ? 0 : 1;
  const body = aligned.slice(start);
  if (body.length === 0 || !days[start]) return null;
  // Every day cell names a day; most rows have their time in the second column.
  if (body.some((_, k) => firsts[start + k] && !days[start + k])) return null;
  const timed = body.filter((row) => matchLeadingTime(cellText(row.cells?.[1]))).length;
  if (timed < body.length * MIN_TIMED_SHARE) return null;

  const out: Line[] = start === 1 ? [withoutDayCell(aligned[0]!)] : [];
  let current = '';
  let headings = 0;
  body.forEach((row, k) => {
    const text = firsts[start + k];
    if (text && text !== current) {
      out.push(headingLine(row, headingText(text, days[start + k]!, before), headings++));
      current = text;
    }
    out.push(withoutDayCell(row));
  });
  return joinStartEndColumns(out);
}

/** A row missing its day cell (covered by a merge, omitted by its producer) opens with its time: an empty day cell goes first. */
function withDayCell(row: Line): Line {
  const cells = row.cells ?? [];
  const first = cellText(cells[0]);
  if (!matchLeadingTime(first) || dayHeader(first) || matchLeadingTime(cellText(cells[1]))) return row;
  // A cell padded at the end of the row stands for the omitted one.
  const kept = cells.at(-1)?.length === 0 ? cells.slice(0, -1) : cells;
  return { ...row, cells: [[], ...kept], ...spansAfter(row, (spans) => [1, ...spans.slice(0, kept.length)]) };
}

function withoutDayCell(row: Line): Line {
  const cells = (row.cells ?? []).slice(1);
  const text = cells.map((c) => c.join(' ')).filter(Boolean).join('\t');
  return { ...row, text: collapseSpace(text), raw: text, cells, ...spansAfter(row, (spans) => spans.slice(1)) };
}

/** A row's column and row spans edited as its cells were (columns joined, dropped or added), so they stay in step. */
function spansAfter(row: Line, edit: (spans: number[]) => number[]): Pick<Line, 'spans' | 'rowSpans'> {
  const spans = row.spans && edit(row.spans);
  const rowSpans = row.rowSpans && edit(row.rowSpans);
  return { spans: spans?.some((n) => n > 1) ? spans : undefined, rowSpans: rowSpans?.some((n) => n > 1) ? rowSpans : undefined };
}

/**
 * Parallel tracks: a header row naming a track or room in each column after
 * the time (`Time | Track A | Track B`, `Salle 1 | Salle 2`, `Atelier A |
 * Atelier B`). Each row is read in order: every non-empty cell is a session
 * at that row's time, left to right; a cell merged across the tracks, or
 * the only filled cell, is one (plenary) session. The header row is kept as
 * the table's header (layout, dropped with the other table headers).
 */
function tracksInColumns(rows: Line[]): Line[] | null {
  const [header, ...body] = rows;
  const headerCells = header?.cells ?? [];
  if (headerCells.length < 3 || body.length === 0) return null;
  const trackCells = headerCells.slice(1).map(cellText);
  while (trackCells.length > 0 && trackCells.at(-1) === '') trackCells.pop();
  if (trackCells.length < 2 || !trackCells.every(isTrackName)) return null;
  const timed = body.filter((row) => matchLeadingTime(cellText(row.cells?.[0]))).length;
  if (timed < body.length * MIN_TIMED_SHARE) return null;

  const out: Line[] = [header!];
  for (const row of body) {
    const time = row.cells?.[0] ?? [];
    // The header typed again (a new page) stays a header row, dropped with the first.
    if (sameCells(row, header!)) {
      out.push(row);
      continue;
    }
    const filled = (row.cells ?? []).slice(1).filter((cell) => cell.length > 0);
    // The same text typed in every track ("Pause" twice) is one session for all.
    const sessions = filled.every((cell) => cellText(cell) === cellText(filled[0])) ? filled.slice(0, 1) : filled;
    if (sessions.length === 0) out.push(row);
    for (const cell of sessions) out.push(...slotLine(row, time, cell));
  }
  return out;
}

/**
 * A column header naming a track or a room: the word with its letter,
 * number or name beside it (`Track A`, `Atelier 2`, `Salle Rabelais`,
 * `Parcours « élus »`); a room may be named in lower case (`Salle des fêtes`).
 * `Session title`, `Session chair` name no track.
 */
const TRACK_WORD = /^(?:track|stream|strand|parcours|fili[èe]re|atelier|workshop|session|s[ée]ance)(?!\p{L})\s*[-–:]?\s*(?:[\p{Lu}\d«"“(]|\p{L}(?!\p{L}))/u;
const ROOM_WORD = /^(?:room|hall|salle|amphi(?:th[ée][âa]tre)?|auditorium|espace)(?!\p{L})\s*[-–:]?\s*\S/u;
/** Column headers of an ordinary schedule table (`Session`, `Intervenants`, `Who`): never tracks. */
const ROLE_HEADER = /^(?:sessions?|s[ée]quences?|contenus?|intervenant|intervenante|speakers?|who|what|with|avec|titre|title|th[èe]me|topic|sujet|programme|activit[ée]s?|lieu|venue|salle|room)\b\s*(?:\(s\))?\s*$/iu;

function isTrackName(text: string): boolean {
  if (text === '' || ROLE_HEADER.test(text) || text.split(/\s+/u).length > MAX_HEADER_WORDS) return false;
  // The track word itself in any case ("TRACK A", "Salle 1"); its name as written.
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const written = word.toLowerCase() + text.slice(word.length);
  return TRACK_WORD.test(written) || ROOM_WORD.test(written);
}

/** The transposed grid: a header row of times, a row per day with the day in its first cell. */
function daysInRows(rows: Line[], before: Line[]): Line[] | null {
  const [header, ...body] = rows;
  const headerCells = header?.cells ?? [];
  if (headerCells.length < 3 || body.length === 0) return null;
  const times = headerCells.slice(1);
  if (!times.every((cell) => matchLeadingTime(cellText(cell))?.rest === '')) return null;
  const firsts = body.map((row) => cellText(row.cells?.[0]));
  const days = firsts.map((text) => (text === '' ? null : dayHeader(text)));
  if (days[0] === null || firsts.some((text, k) => text !== '' && days[k] === null)) return null;

  const out: Line[] = [];
  body.forEach((row, k) => {
    const day = days[k];
    if (day) out.push(headingLine(row, headingText(firsts[k]!, day, before), k));
    times.forEach((time, c) => out.push(...slotLine(row, time, cellAt(row, c + 1))));
  });
  return out;
}

function headingLine(from: Line, { text, writtenAs }: { text: string; writtenAs?: string }, index: number): Line {
  return { ...from, text, raw: text, ...(writtenAs ? { writtenAs } : {}), type: 'paragraph', cells: undefined, spans: undefined, rowSpans: undefined, table: undefined, strong: true, blankLinesBefore: index === 0 ? from.blankLinesBefore : 1, pageBreakBefore: index === 0 && from.pageBreakBefore };
}

/**
 * One session's row, `time | cell`, as the schedule reads table rows; none
 * for an empty cell. A cell holding its own times ("14h Atelier A", "15h30
 * Atelier B") is one row per time.
 */
function slotLine(row: Line, time: Cell, cell: Cell): Line[] {
  if (cell.length === 0) return [];
  const groups: Array<{ time: Cell; lines: string[] }> = [];
  for (const text of cell) {
    const own = matchLeadingTime(text);
    if (own) {
      const written = text.slice(0, text.length - own.rest.length).replace(/[\s–—:-]+$/u, '');
      groups.push({ time: [written], lines: own.rest ? [own.rest] : [] });
    } else if (groups.length === 0) groups.push({ time, lines: [text] });
    else groups.at(-1)!.lines.push(text);
  }
  return groups.filter((group) => group.lines.length > 0).map((group) => {
    const cells: Cell[] = [group.time, group.lines];
    const text = cells.map((c) => c.join(' ')).filter(Boolean).join('\t');
    return { ...row, text, raw: text, cells, spans: undefined, rowSpans: undefined, blankLinesBefore: 0, pageBreakBefore: false };
  });
}

function asParagraph(row: Line): Line {
  const text = (row.cells ?? []).map(cellText).filter(Boolean).join(' ');
  return { ...row, text, raw: text, type: 'paragraph', cells: undefined, spans: undefined, rowSpans: undefined, table: undefined };
}

function sameCells(a: Line, b: Line): boolean {
  return (a.cells ?? []).map(cellText).join('|') === (b.cells ?? []).map(cellText).join('|');
}

function filledCells(row: Line): number {
  return (row.cells ?? []).filter((c) => c.length > 0).length;
}

/** The lines of the cell covering a column, a merged cell covering every column it spans. */
function cellAt(row: Line, column: number): Cell {
  const cells = row.cells ?? [];
  // The mdast table keeps a merged cell's place with empty cells after it: the first cell covering the column wins.
  for (let j = 0; j <= column && j < cells.length; j++) {
    if (column < j + (row.spans?.[j] ?? 1)) return cells[j]!;
  }
  return [];
}

function dayHeader(text: string): DayHeader | null {
  if (text === '' || text.split(/\s+/u).length > MAX_HEADER_WORDS) return null;
  if (findDate(text, FRENCH_DAY_NAME.test(text) ? 'fr' : 'en')) return { kind: 'date' };
  return dayName(text);
}

/** A header with its date is a day heading as written; a weekday or "Day 2" is dated from the event's dates above the grid. */
function headingText(text: string, day: DayHeader, before: Line[]): { text: string; writtenAs?: string } {
  if (day.kind === 'date') return { text };
  const dated = withDate(text, day, before);
  return dated === text ? { text } : { text: dated, writtenAs: text };
}

function cellText(cell: Cell | undefined): string {
  return (cell ?? []).join(' ').trim();
}
