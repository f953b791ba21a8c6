/**
 * Days named without their date: a weekday (`Mardi`, `Tuesday`) or the day's
 * number (`Day 2`, `Jour 1`, `Première journée`). A programme that gives its
 * dates once ("les 4 et 5 avril 2023" under the title) heads its days so,
 * in lines as in a grid's header cells. The date comes from the first full
 * date written above, and the heading is rewritten with it (`Mardi` →
 * `Mardi 4 avril 2023`), so that every later stage reads a dated day heading.
 */
import { withoutOuterBrackets } from '../text/normalize.js';
import { dayNumber, findDate, isLetterDate, iso } from './date.js';
import type { Line } from './lines.js';
import { parseTimeRange } from './time.js';

export type DayName = { kind: 'weekday'; weekday: number; dayOfMonth?: number; month?: number } | { kind: 'ordinal'; n: number };

const WEEKDAYS: Array<[RegExp, number]> = [
  [/^(?:sunday|dimanche)\b/iu, 0],
  [/^(?:monday|lundi)\b/iu, 1],
  [/^(?:tuesday|mardi)\b/iu, 2],
  [/^(?:wednesday|mercredi)\b/iu, 3],
  [/^(?:thursday|jeudi)\b/iu, 4],
  [/^(?:friday|vendredi)\b/iu, 5],
  [/^(?:saturday|samedi)\b/iu, 6],
];
/** A French day name: a French weekday or day word anywhere ("1ère journée", "Jour 2"), or "J2". */
export const FRENCH_DAY_NAME = /(?:^|[\s\d])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|journ[ée]e)(?!\p{L})|^j\s*\d/iu;
const FRENCH_MONTH = /\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b/iu;
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const SEPARATORS = /^[\s:–—,.\-]+/u;
const TRAILING_SEPARATORS = /[\s:–—,.\-]+$/u;

/** The day a text opens with, by its weekday or its number (a grid's header cell: "Lundi", "Day 2 – Workshops"). */
export function dayName(text: string): DayName | null {
  const weekday = WEEKDAYS.find(([pattern]) => pattern.test(text));
  if (weekday) return { kind: 'weekday', weekday: weekday[1] };
  const ordinal = dayNumber(text);
  return ordinal ? { kind: 'ordinal', n: ordinal.n } : null;
}

/** A day and month in figures after a weekday, day first: "05.06", "5/6". */
const DAY_AND_MONTH = /^\s+(\d{1,2})[./](\d{1,2})(?![\d./:hH])/u;

/** A part of the day after a weekday: "Wednesday evening", "Mardi matin", "Jeudi après-midi". */
const PART_OF_DAY = /^\s+(?:morning|afternoon|evening|night|matin|matinée|après-midi|apres-midi|soir|soirée)(?![\p{L}-])/iu;

/** A day of the month after a weekday, the month left out: "Mardi 4", "Tuesday 4th", "Vendredi 1er". */
const DAY_OF_MONTH = /^\s+(\d{1,2})(?:er|re|st|nd|rd|th)?(?![\d\p{L}:.hH])/u;

/**
 * A line that is nothing but a day's name, its hours allowed after it
 * ("Mardi", "Mardi 4", "Day 2", "Jour 1 – mardi", "Tuesday (9.30 – 16.00)"):
 * the day (a weekday wins over a number, being the more exact), where its
 * name ends (`nameLength`: the weekday or the number, without a day of the
 * month) and where the whole day part ends (`length`).
 */
export function bareDayName(text: string): { day: DayName; nameLength: number; length: number } | null {
  const trimmed = text.trim();
  let at = 0;
  const ordinal = dayNumber(trimmed);
  if (ordinal) at = ordinal.length;
  at += SEPARATORS.exec(trimmed.slice(at))?.[0].length ?? 0;
  const weekday = WEEKDAYS.find(([pattern]) => pattern.test(trimmed.slice(at)));
  if (weekday) at += weekday[0].exec(trimmed.slice(at))![0].length;
  if (!ordinal && !weekday) return null;
  const nameLength = at;
  // "mardi 05.06", "Thu 5/6": the day and the month in figures, the year given above.
  const figures = weekday ? DAY_AND_MONTH.exec(trimmed.slice(at)) : null;
  const numeric = figures && Number(figures[1]) <= 31 && Number(figures[2]) >= 1 && Number(figures[2]) <= 12 ? figures : null;
  if (numeric) at += numeric[0].length;
  const dayOfMonth = weekday && !numeric ? DAY_OF_MONTH.exec(trimmed.slice(at)) : null;
  if (dayOfMonth) at += dayOfMonth[0].length;
  // "Wednesday evening", "Mercredi soir": the part of the day belongs to the heading.
  const part = weekday ? PART_OF_DAY.exec(trimmed.slice(at)) : null;
  if (part) at += part[0].length;
  const rest = trimmed.slice(at).replace(SEPARATORS, '');
  if (rest !== '' && !parseTimeRange(withoutOuterBrackets(rest))) return null;
  const day: DayName = weekday
    ? {
        kind: 'weekday',
        weekday: weekday[1],
        ...(dayOfMonth ? { dayOfMonth: Number(dayOfMonth[1]) } : {}),
        ...(numeric ? { dayOfMonth: Number(numeric[1]), month: Number(numeric[2]) } : {}),
      }
    : { kind: 'ordinal', n: ordinal!.n };
  return { day, nameLength, length: at };
}

/**
 * `text` with the date of its day written after the day's name (`length`
 * characters; what follows, such as hours, is kept after the date). The date
 * is taken from the first full date above (`before`): a range or a list gives
 * the event's days, a single date its first day ("Day 2" is the day after,
 * "Tuesday" the first Tuesday from it). Unchanged when no date is found.
 */
export function withDate(text: string, day: DayName, before: readonly Line[], length = text.length, nameLength = length): string {
  const dates = eventDates(before, FRENCH_DAY_NAME.test(text) ? 'fr' : undefined);
  const following = dates.length === 1 ? Array.from({ length: 7 }, (_, n) => addDays(dates[0]!, n)) : dates;
  const date =
    day.kind === 'ordinal'
      ? following[day.n - 1]
      : following.find(
          (d) => weekdayOf(d) === day.weekday && (day.dayOfMonth === undefined || Number(d.slice(8)) === day.dayOfMonth) && (day.month === undefined || Number(d.slice(5, 7)) === day.month),
        );
  if (!date) return text;
  const french = FRENCH_DAY_NAME.test(text);
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const written = `${dayOfMonth} ${(french ? MONTHS.fr : MONTHS.en)[month - 1]} ${year}`;
  const name = text.slice(0, nameLength).replace(TRAILING_SEPARATORS, '');
  const rest = text.slice(length).trim();
  // "Lundi" → "Lundi 6 juillet 2026"; "Jour 1" → "Jour 1 : 6 juillet 2026" (a dash would read as a range of days).
  const dated = day.kind === 'weekday' ? `${name} ${written}` : `${name}${french ? ' :' : ':'} ${written}`;
  return rest ? `${dated} ${rest}` : dated;
}

/**
 * Lines that are nothing but a day's name, dated from the event's dates above
 * them. A table row's cells are left to the grid reader (`expandGrids`).
 */
export function withDatedDayNames(lines: Line[]): Line[] {
  return lines.map((line, index) => {
    if (line.type === 'tableRow') return line;
    const bare = bareDayName(line.text);
    if (!bare) return line;
    const text = withDate(line.text.trim(), bare.day, lines.slice(0, index), bare.length, bare.nameLength);
    const writtenAs = line.text.trim().slice(0, bare.length).replace(TRAILING_SEPARATORS, '');
    return text === line.text.trim() ? line : { ...line, text, writtenAs };
  });
}

/** The days the first full date above names (a range or a list gives several); a letter's own date is not one. Read in the heading's language when known ("2/06" is the 2nd of June in French). */
function eventDates(before: readonly Line[], language?: string): string[] {
  for (const { text } of before) {
    const date = findDate(text, language ?? (FRENCH_MONTH.test(text) ? 'fr' : 'en'));
    if (!date?.yearCertain || isLetterDate(text, date)) continue;
    const year = Number(date.date.slice(0, 4));
    return [{ month: date.month, day: date.day }, ...date.moreDays].map((d) => iso(year, d.month, d.day));
  }
  return [];
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}
