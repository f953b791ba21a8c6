/**
 * Table rows reshaped before the rows are read: a title block laid out as a
 * table of one row, and a time cell merged down over several rows (parallel
 * workshops at one time).
 */
import { findDate } from './date.js';
import type { Line } from './lines.js';
import { plainLine } from './plain-line.js';
import { parseTimeRange, startsWithTime } from './time.js';

/**
 * A table of one row that is no schedule row (no time in its first cell) but
 * holds a date lays out a title block side by side: a logo's text beside the
 * title, the date and the venue. Its cells are read as the lines they hold,
 * left to right.
 */
export function withLayoutTablesAsLines(lines: Line[]): Line[] {
  const rowsPerTable = new Map<number, number>();
  for (const line of lines) if (line.table) rowsPerTable.set(line.table.id, (rowsPerTable.get(line.table.id) ?? 0) + 1);
  return lines.flatMap((line) => {
    if (!line.table || rowsPerTable.get(line.table.id) !== 1 || startsWithTime(line.cells?.[0]?.join(' ') ?? '')) return [line];
    const texts = (line.cells ?? []).flat().filter((text) => text.trim() !== '');
    if (!texts.some((text) => findDate(text, 'en')?.yearCertain)) return [line];
    return texts.map((text, i) => plainLine(text, { blankLinesBefore: i === 0 ? line.blankLinesBefore : 0, pageBreakBefore: i === 0 && line.pageBreakBefore, indent: 0 }));
  });
}

/**
 * "13h30 – 15h30" merged down beside three workshops: each row it covers
 * holds that time, so that each workshop is a session at the same time. Only
 * a first-column time cell is copied; other merged cells stay as they are
 * (the grid reader reads those).
 */
export function withSpannedTimes(lines: Line[]): Line[] {
  let spanned: { table: number; text: string; rowsLeft: number } | null = null;
  return lines.map((line) => {
    if (!line.table || !line.cells) return line;
    if (spanned && (spanned.table !== line.table.id || spanned.rowsLeft === 0)) spanned = null;
    const first = line.cells[0]?.join(' ').trim() ?? '';
    if (spanned && first === '') {
      spanned.rowsLeft--;
      const cells = [[spanned.text], ...line.cells.slice(1)];
      const text = cells.map((c) => c.join(' ')).join(' ').trim();
      return { ...line, cells, text, raw: text };
    }
    const rows = line.rowSpans?.[0] ?? 1;
    spanned = rows > 1 && parseTimeRange(first) ? { table: line.table.id, text: first, rowsLeft: rows - 1 } : null;
    return line;
  });
}
