/**
 * Dates in day headings and title blocks (`Jeudi 19 décembre 2013`,
 * `Day 1 – Monday 3 June 2019`, `Thursday, 12 March 2015`, `Jeudi 5 juin`),
 * recognised with chrono-node in the document's language first.
 */
import * as chrono from 'chrono-node';

export interface DateMatch {
  /** ISO date; the year may be a guess, see `yearCertain`. */
  date: string;
  yearCertain: boolean;
  month: number;
  day: number;
  /** Where the date text stands in the line. */
  index: number;
  length: number;
}

const PARSERS: Record<string, chrono.Chrono[]> = {
  fr: [chrono.fr.casual, chrono.en.casual],
  en: [chrono.en.GB, chrono.fr.casual],
};
/** A fixed reference date: results never depend on the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** The first explicit calendar date (day and month written) in a line. */
export function findDate(text: string, language: string): DateMatch | null {
  for (const parser of PARSERS[language] ?? PARSERS.en!) {
    const results = parser.parse(text, REFERENCE, { forwardDate: false });
    for (const r of results) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const text = r.text;
      // "9h30 - 16h45" alone carries an implied date only; "2013" alone is no date either.
      if (!/\p{L}{3,}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u.test(text)) continue;
      const year = r.start.get('year') ?? 2000;
      const month = r.start.get('month') ?? 1;
      const day = r.start.get('day') ?? 1;
      return {
        date: iso(year, month, day),
        yearCertain: r.start.isCertain('year'),
        month,
        day,
        index: r.index,
        length: dateEnd(text),
      };
    }
  }
  return null;
}

/** chrono folds a following time into the date's text; the date part ends at the first time-like token. */
function dateEnd(text: string): number {
  const m = /\s(?:de\s|from\s|à\s|at\s)?\d{1,2}\s?[hH:.]\s?\d{0,2}/u.exec(text);
  return m ? m.index : text.length;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
