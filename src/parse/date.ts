/**
 * Dates in day headings and title blocks (`Jeudi 19 décembre 2013`,
 * `Day 1 – Monday 3 June 2019`, `Thursday, 12 March 2015`, `Jeudi 5 juin`),
 * recognised with chrono-node in the document's language first.
 */
import * as chrono from 'chrono-node';

export interface DateMatch {
  /** ISO date; the year may be a guess, see `yearCertain`. */
  date: string;
  /** Further days the same text names: "4 et 5 juin", "3–5 June 2019" (same month and year, ISO). */
  moreDays: Array<{ month: number; day: number }>;
  yearCertain: boolean;
  month: number;
  day: number;
  /** Where the date text stands in the line. */
  index: number;
  length: number;
}

/**
 * chrono's strict configurations: dates as written only. The casual ones
 * also read "Demain, la ville durable", "Tomorrow's cities" or "Tonight" as
 * dates (relative to the reference), and run more parsers on every line.
 * English reads "3/6/2019" day first, as in the United Kingdom.
 */
const STRICT_EN_DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const PARSERS: Record<string, chrono.Chrono[]> = {
  fr: [chrono.fr.strict, STRICT_EN_DAY_FIRST],
  en: [STRICT_EN_DAY_FIRST, chrono.fr.strict],
};
/** Results counted from the reference date ("in 3 days", "dans 2 jours", "next week"), not written dates. */
const RELATIVE_TAG = /^(?:result\/relative|casualReference\/)/u;
/** A fixed reference date: results never depend on the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** The first explicit calendar date (day and month written) in a line. */
export function findDate(given: string, language: string): DateMatch | null {
  const compact = withoutWeekdaysInRange(given);
  if (compact) {
    const found = findDateIn(compact.text, language);
    if (!found) return null;
    const index = compact.toGiven(found.index);
    return { ...found, index, length: compact.toGiven(found.index + found.length) - index };
  }
  return findDateIn(given, language);
}

function findDateIn(line: string, language: string): DateMatch | null {
  for (const parser of PARSERS[language] ?? PARSERS.en!) {
    const results = parser.parse(line, REFERENCE, { forwardDate: false });
    for (const [k, r] of results.entries()) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      if ([...r.tags()].some((tag) => RELATIVE_TAG.test(tag))) continue;
      const text = r.text;
      // "9h30 - 16h45" alone carries an implied date only; "2013" alone is no date either.
      if (!/\p{L}{3,}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u.test(text)) continue;
      // "30 June and 1 July 2016", "30 juin – 2 juillet 2016": chrono reads two dates, the year on the second only.
      const second = !r.start.isCertain('year') ? nextInList(line, r, results[k + 1]) : null;
      const year = second?.start.get('year') ?? r.start.get('year') ?? 2000;
      let month = r.start.get('month') ?? 1;
      let day = r.start.get('day') ?? 1;
      let index = r.index;
      let length = dateEnd(text);
      const moreDays: DateMatch['moreDays'] = [];
      // "4 et 5 juin 2014", "5 & 6 March 2015": chrono reads the second day only.
      const earlier = DAYS_BEFORE.exec(line.slice(0, r.index));
      if (earlier) {
        const [first, ...others] = earlier[1]!.split(/\s*,\s*/u).map((d) => parseInt(d, 10));
        moreDays.push(...others.map((d) => ({ month, day: d })), { month, day });
        day = first!;
        length += r.index - earlier.index;
        index = earlier.index;
      }
      // "3–5 June 2019", "du 4 au 6 juin": a range.
      // An end that is a day, not a time: "05.06.1999, 9.30 to 4.30" ends at 4.30, which chrono puts on the next day.
      const end = r.end?.isCertain('day') && !r.end.isCertain('hour') ? r.end : null;
      const endMonth = end?.get('month') ?? month;
      const endDay = end?.get('day') ?? day;
      if (end && (endMonth > month || (endMonth === month && endDay > day))) {
        moreDays.push(...daysBetween(year, { month, day }, { month: endMonth, day: endDay }, MAX_RANGE_DAYS - moreDays.length));
      }
      if (second) {
        const to = { month: second.start.get('month') ?? month, day: second.start.get('day') ?? day };
        if (RANGE_WORD.test(line.slice(r.index + r.text.length, second.index))) moreDays.push(...daysBetween(year, { month, day }, to));
        else moreDays.push(to);
        length = second.index + dateEnd(second.text) - index;
      }
      month = Math.min(12, Math.max(1, month));
      return { date: iso(year, month, day), moreDays, yearCertain: r.start.isCertain('year') || second !== null || r.end?.isCertain('year') === true, month, day, index, length };
    }
  }
  return null;
}

/** Between two dates of one list or range: "and", "et", "&", a comma, a dash, "to", "au". */
const LIST_JOIN = /^[\s\u00a0]*(?:,|and|et|&|–|—|-|to|au|until|till|jusqu['’]au)[\s\u00a0]*(?:(?:the|le)[\s\u00a0]+)?$/iu;
const RANGE_WORD = /[–—-]|\b(?:to|au|until|till|jusqu['’]au)\b/iu;

/** The date after `first` in the same list or range, when it gives the year `first` lacks. */
function nextInList(line: string, first: chrono.ParsedResult, next: chrono.ParsedResult | undefined): chrono.ParsedResult | null {
  if (!next || !next.start.isCertain('year') || !next.start.isCertain('day') || !next.start.isCertain('month')) return null;
  return LIST_JOIN.test(line.slice(first.index + first.text.length, next.index)) ? next : null;
}

/** The days after `from` up to `to` (included), across months, at most `limit` of them. */
function daysBetween(year: number, from: { month: number; day: number }, to: { month: number; day: number }, limit = MAX_RANGE_DAYS): DateMatch['moreDays'] {
  const days: DateMatch['moreDays'] = [];
  for (let d = from.day + 1, m = from.month; days.length < limit; d++) {
    if (d > daysInMonth(year, m)) {
      d = 1;
      m++;
    }
    if (m > to.month || (m === to.month && d > to.day)) break;
    days.push({ month: m, day: d });
  }
  return days;
}

/** A letter's own place and date ("Vernoux-sur-Loue, le 20 septembre 1999"): when it was written, not an event's day. */
export function isLetterDate(text: string, date: DateMatch | null): boolean {
  if (!date || date.index + date.length < text.replace(/[\s.]+$/u, '').length) return false;
  return /^[\p{L}\p{M}'’ -]+,[\s\u00a0]*(?:(?:le|the|on)[\s\u00a0]+)?$/u.test(text.slice(0, date.index));
}

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim)\.?`;
/** Two days with their weekdays, in a range or a list: "Monday 6 – Wednesday 8", "lundi 6, mardi 7 et …", "Mon 6 July to Wed 8 July". */
const RANGE_OF_WEEKDAYS = new RegExp(
  String.raw`(?<!\p{L})${WEEKDAY},?\s+\d{1,2}(?:st|nd|rd|th|er)?(?:\s+\p{L}+\.?)?\s*(?:–|—|-|to|until|till|au|à|,|et|and|&)\s*${WEEKDAY},?\s+\d`,
  'iu',
);
const WEEKDAY_BEFORE_NUMBER = new RegExp(String.raw`(?<!\p{L})${WEEKDAY},?(?=\s+\d)`, 'giu');

/**
 * "Monday 6 – Wednesday 8 July 2026", "du lundi 6 au mercredi 8 juillet",
 * "lundi 6, mardi 7 et mercredi 8 juillet": chrono reads such a range or
 * list as its last day only. Without the weekdays the
 * range reads as "6 – 8 July"; `toGiven` maps a position back to the line as
 * written (a weekday just before a position belongs to what follows it).
 * Null when the line holds no such range.
 */
function withoutWeekdaysInRange(line: string): { text: string; toGiven: (index: number) => number } | null {
  if (!RANGE_OF_WEEKDAYS.test(line)) return null;
  const kept: number[] = [];
  let text = '';
  let cut = 0;
  for (const m of line.matchAll(WEEKDAY_BEFORE_NUMBER)) {
    for (let i = cut; i < m.index; i++) kept.push(i);
    text += line.slice(cut, m.index);
    cut = m.index + m[0].length;
    while (/\s/u.test(line[cut] ?? '')) cut++;
  }
  for (let i = cut; i < line.length; i++) kept.push(i);
  text += line.slice(cut);
  kept.push(line.length);
  const toGiven = (index: number) => {
    const at = kept[index]!;
    const previousEnd = index > 0 ? kept[index - 1]! + 1 : 0;
    // Text removed just before this position (a weekday and its space) belongs to what follows.
    const removed = line.slice(previousEnd, at);
    return removed.trim() === '' ? at : previousEnd + (removed.length - removed.trimStart().length);
  };
  return { text, toGiven };
}

/** "4 et " / "7, 8 et " / "5 & " before the date chrono found: earlier days of the same month. */
const DAYS_BEFORE = /(?:^|\s)((?:\d{1,2}(?:er|st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:er|st|nd|rd|th)?)\s*(?:et|and|&|,)\s*(?:\p{L}+\s+)?$/u;
const MAX_RANGE_DAYS = 14;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** chrono folds a following time into the date's text; the date part ends at the first time-like token. */
function dateEnd(text: string): number {
  // A time, not a numeric date ("05.06.1999" goes on with a dot and figures).
  const m = /[\s(](?:de\s|from\s|à\s|at\s)?(?:\d{1,2}\s?(?:[hH:.]\s?(?:\d{1,2})?(?!\d|[./]\d)|[aApP]\.?[mM]\b)|(?:12\s?)?(?:noon|midday|midi)\b)/u.exec(text);
  return m ? m.index : text.length;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day's number as programmes write it before the day's date: ordinals in
 * figures or in words before the day word (`1ère journée`, `2e jour`,
 * `Second day`, `Première journée`) and numbers after it (`Day 1`, `Day
 * one`, `Jour 2`, `Journée deux`, `J2`). Used for day headings and for the
 * day columns of grids.
 */
const DAY_WORD = String.raw`(?:day|jour|journ[ée]e)`;
const ORDINAL_FIGURES = String.raw`(\d{1,2})\s?(?:st|nd|rd|th|er|re|[èe]re|[èe]me|e|[èe]|nde?|d|ᵉ|ʳᵉ|ᵉʳ)(?!\p{L})`;
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7,
  premier: 1, première: 1, premiere: 1, seconde: 2, deuxième: 2, deuxieme: 2, troisième: 3, troisieme: 3,
  quatrième: 4, quatrieme: 4, cinquième: 5, cinquieme: 5, sixième: 6, sixieme: 6, septième: 7, septieme: 7,
};
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7,
};
const wordsOf = (table: Record<string, number>) => Object.keys(table).join('|');
const ORDINAL_WORD = `(${wordsOf(ORDINAL_WORDS)})(?!\\p{L})`;
const NUMBER_AFTER = String.raw`(\d{1,2}|${wordsOf(NUMBER_WORDS)})(?!\p{L})`;
/** `1ère journée`, `Second day`, `the first day`, `Day 1`, `Jour deux`, `J2`, at the start of a text. */
export const DAY_NUMBER_SOURCE = String.raw`(?:(?:the|la|le)\s+)?(?:(?:${ORDINAL_FIGURES}|${ORDINAL_WORD})\s*${DAY_WORD}(?!\p{L})|(?:${DAY_WORD}|j)\s*${NUMBER_AFTER})`;
const DAY_NUMBER = new RegExp(`^${DAY_NUMBER_SOURCE}`, 'iu');

/** The day's number a text opens with (`Day 2` → 2, `Première journée` → 1), or null. */
export function dayNumber(text: string): { n: number; length: number } | null {
  const m = DAY_NUMBER.exec(text.trim());
  if (!m) return null;
  const written = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const n = /^\d+$/u.test(written) ? Number(written) : (ORDINAL_WORDS[written] ?? NUMBER_WORDS[written] ?? null);
  return n === null ? null : { n, length: m[0].length };
}
