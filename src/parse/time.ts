/**
 * Times of day as programmes write them: `9h`, `9h30`, `9 h 30`, `9H30`,
 * `09:30`, `9.30`, `9:30 am`, `9am`, `12.30pm`, and ranges between two of
 * them with `-`, `–`, `—`, `à`, `to`, with or without spaces, optionally
 * introduced by `de`/`from`/`à partir de`/`dès`. `noon`, `12 noon`,
 * `midday`, `midi`, `midnight`, `minuit` are times too, but only where a
 * time stands (the line's start, or its end after a separator), followed by
 * a separator, a range or nothing: "Midi-Pyrénées", "Canal du Midi" or
 * "after noon" in a sentence are words.
 */

const MERIDIEM = String.raw`(?:\s*([aApP])\.?\s?[mM](?![\p{L}\d])\.?)`;
/** Noon and midnight in words; a hyphen glued to a letter after it makes a name ("Midi-Pyrénées"). */
const NOON_WORD = String.raw`(?:12\s?)?(?:[Nn]oon|NOON|[Mm]idday|MIDDAY|[Mm]idi|MIDI|[Mm]idnight|MIDNIGHT|[Mm]inuit|MINUIT)(?![\p{L}\d])(?!-\p{L})`;
/** What may follow a time in words opening a line: nothing, a separator, or a range's second time. */
const AFTER_NOON_WORD = String.raw`(?=\s*$|\s*[:|\-–—)>]|\s+(?:[àa]|[tT]o|[tT]ill|[uU]ntil)\s+\d)`;
/** The clock part after the hour: h30 | :30 | .30 | am. Groups: minutes, minutes, meridiem, meridiem. */
const CLOCK = String.raw`(?:\s?(?:[hH]|heures?)\s?(\d{2})?(?![\p{Ll}\d])|[:.](\d{2})(?!\d)(?:${MERIDIEM}|\s?(?:hrs?|h|Uhr)(?![\p{L}]))?|${MERIDIEM})`;
/** One time: 9h30 | 9 h 30 | 9 heures 30 | 09:30 | 9.30 | 14.00 hrs | 9:30 am | 9am | noon. Groups: word, hour, minutes ×2, meridiem ×2. */
const TIME = String.raw`(?:(${NOON_WORD})|(\d{1,2})${CLOCK})`;
const RANGE_SEPARATOR = String.raw`\s*(?:-|–|—|‑|[àa]|[tT]o|[tT]ill|[uU]ntil|>|/)\s*`;
const INTRODUCER = String.raw`(?:(?:[dD]e|[fF]rom|[bB]etween|[eE]ntre|[àÀaA]\s+partir\s+de|[dD]ès|[sS]tarting\s+at|[aA]t|[àÀ])\s+)?`;
const LEADING_BULLET = String.raw`^[\s\u00a0•·▪◦●○■►➢➤*\-–]*`;

/** The first time of a range may be a bare hour ("9–10.30am", "14-15h"); `isTimeLike` checks the pair. */
const RANGE_START = String.raw`(?:(${NOON_WORD})${AFTER_NOON_WORD}|(\d{1,2})${CLOCK}?)`;
const LEADING = new RegExp(
  `${LEADING_BULLET}(${INTRODUCER})${RANGE_START}(?:${RANGE_SEPARATOR}${TIME})?`,
  'u',
);
/** What may stand between the time and the title: ` : `, a tab, spaces, a dash, nothing. */
const SEPARATOR = /^[\s\u00a0]*(?:[:|.,\-–—>→⇒»›]+|\))?[\s\u00a0]*/u;

export interface TimeMatch {
  start: string;
  /** The end as written, else null. */
  end: string | null;
  /** `à partir de 18h`, `from 6pm`: an open-ended start. */
  openEnded: boolean;
  /** The text after the time(s) and the separator. */
  rest: string;
  /** How the start and end were written: `twelveHour` for a bare `1.30` that may be afternoon (see `resolveTwelveHourTimes`). */
  startClock?: ClockStyle;
  endClock?: ClockStyle;
}

/**
 * `meridiem`: am/pm written (or carried over from the range's other end);
 * `twelveHour`: a bare `1.30` / `4:15` (hour 1–11, no leading zero, no
 * `h`, no am/pm), which a 12-hour programme uses for the afternoon too;
 * `other`: anything else (`14.00`, `09.30`, `9h30`, `12.30`, noon).
 */
export type ClockStyle = 'meridiem' | 'twelveHour' | 'other';

export function matchLeadingTime(given: string): TimeMatch | null {
  const text = withColonedFourDigitTimes(withFrenchWordTimes(given));
  const m = LEADING.exec(text);
  if (!m) return null;
  const [whole, introducer = ''] = m;
  const first = clockParts(m, 2);
  const second = m[8] === undefined && m[9] === undefined ? null : clockParts(m, 8);
  // A lone hour with neither `h`, minutes nor am/pm is not a time.
  if (!isTimeLike(whole, first) && !(second && isTimeLike(whole, second))) return null;
  // am/pm written once applies to both ends: "9–10.30am".
  const startMeridiem = first.meridiem ?? (second?.meridiem && Number(first.hour) <= Number(second.hour) ? second.meridiem : undefined);
  const start = toClock(first.hour, first.minutes, startMeridiem);
  const end = second ? afterStart(start, toClock(second.hour, second.minutes, second.meridiem), second.meridiem) : null;
  if (!start || (second && !end)) return null;
  const after = text.slice(m.index + whole.length);
  // "9h30 2013" or "10.30.2015": the digits go on, so this was no time.
  if (/^\d/u.test(after)) return null;
  const duration = second ? null : DURATION.exec(after);
  const minutesLong = duration ? durationMinutes(duration) : null;
  const rest = (minutesLong ? after.slice(duration![0].length) : after).replace(QUALIFIER, '').replace(SEPARATOR, '');
  const openEnded = !second && /partir|dès|from|starting/iu.test(introducer);
  const startClock = clockStyle(first, startMeridiem);
  // "9.30 for 30 minutes", "10h00 – durée 45 min", "1:00 pm (30 min)": the end is the start plus the duration.
  // The end is computed, not written: it says nothing of the clock the programme uses (see resolveTwelveHourTimes).
  if (minutesLong) return { start, end: addMinutes(start, minutesLong), openEnded: false, rest, startClock, endClock: startClock === 'meridiem' ? 'meridiem' : 'twelveHour' };
  return second ? { start, end, openEnded, rest, startClock, endClock: clockStyle(second, second.meridiem) } : { start, end, openEnded, rest, startClock };
}

/**
 * A duration after a time, marked as one ("for", "durée", "pendant", or in
 * brackets): `for 30 minutes`, `for 1½ hours`, `for an hour`, `– durée 1 h 30`,
 * `(15 mins)`, `(1 h 15 min)`. Groups: amount, unit, minutes after hours.
 */
const DURATION = /^[\s\u00a0]*(?:[–—-][\s\u00a0]*)?(?:\([\s\u00a0]*|for[\s\u00a0]+|dur[ée]e[\s\u00a0]*:?[\s\u00a0]*|pendant[\s\u00a0]+)(an?|une?|\d+(?:[.,]\d+)?|\d*½)[\s\u00a0]*(hours?|hrs?|heures?|h|minutes?|mins?|mn)(?:[\s\u00a0]*(\d{1,2})[\s\u00a0]*(?:minutes?|mins?|mn)?)?(?![\p{L}\d])[\s\u00a0]*\)?/iu;
/** A programme's session lasts at most this long. */
const MAX_DURATION_MINUTES = 12 * 60;

function durationMinutes(m: RegExpExecArray): number | null {
  const [, amount = '', unit = '', extra] = m;
  const value = /^(?:an?|une?)$/iu.test(amount) ? 1 : Number(amount.replace('½', '').replace(',', '.') || 0) + (amount.includes('½') ? 0.5 : 0);
  const minutes = /^(?:h|hours?|hrs?|heures?)$/iu.test(unit) ? value * 60 + Number(extra ?? 0) : value;
  return minutes > 0 && minutes <= MAX_DURATION_MINUTES ? Math.round(minutes) : null;
}

function addMinutes(time: string, minutes: number): string {
  return fromMinutes((toMinutes(time) + minutes) % (2 * HALF_DAY));
}

/** Words after a time that qualify it: "12 h 30 précises", "8.30 p.m. onwards", "vers 10 h environ". */
const QUALIFIER = /^[\s\u00a0]*(?:précises?|pile|sharp|prompt|onwards|environ)(?![\p{L}])/iu;

const FRENCH_HOURS = [
  'zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze',
  'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt', 'vingt et une', 'vingt-deux', 'vingt-trois',
];
const FRENCH_MINUTES: Record<string, number> = {
  cinq: 5, dix: 10, quinze: 15, vingt: 20, 'vingt-cinq': 25, trente: 30, 'trente-cinq': 35, quarante: 40, 'quarante-cinq': 45,
  cinquante: 50, 'cinquante-cinq': 55, 'et quart': 15, 'et demie': 30,
};
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
/** `neuf heures trente`, `dix-sept heures`, `quatorze heures et quart`. Groups: hour, minutes. */
const FRENCH_WORD_TIME = String.raw`(${byLength(FRENCH_HOURS)})\s+heures?(?:\s+(${byLength(Object.keys(FRENCH_MINUTES))}))?(?![\p{L}-])`;
const FRENCH_WORD_TIMES = new RegExp(`^(${LEADING_BULLET.slice(1)}${INTRODUCER})${FRENCH_WORD_TIME}(?:(${RANGE_SEPARATOR})${FRENCH_WORD_TIME})?`, 'iu');

const EARLIEST_WORD_HOUR = 6;

/**
 * Times written in French words, as formal invitations do ("Neuf heures
 * trente", "de neuf heures trente à dix-sept heures", "Quinze heures trente –
 * seize heures trente"), written in figures (`9h30`) so that the one time
 * grammar reads them. Only at the start of the text.
 */
function withFrenchWordTimes(text: string): string {
  const m = FRENCH_WORD_TIMES.exec(text);
  if (!m) return text;
  const [whole, lead = '', h1 = '', m1, separator, h2, m2] = m;
  const figures = (hour: string, minutes: string | undefined) => {
    const h = FRENCH_HOURS.indexOf(hour.toLowerCase().replace(/-et-/u, ' et '));
    const min = minutes ? FRENCH_MINUTES[minutes.toLowerCase()]! : 0;
    return `${h}h${String(min).padStart(2, '0')}`;
  };
  // "Trois heures de débat" is a duration: programmes in words start their day after six.
  if (FRENCH_HOURS.indexOf(h1.toLowerCase()) < EARLIEST_WORD_HOUR) return text;
  const range = h2 ? `${separator}${figures(h2, m2)}` : '';
  return `${lead}${figures(h1, m1)}${range}${text.slice(whole.length)}`;
}

/** A four-digit 24-hour time (`0930`, `1600`): hours 00–23, minutes 00–59, not inside a longer number. */
const FOUR_DIGITS = String.raw`(?<![\d.,:/])([01]\d|2[0-3])([0-5]\d)(?!\d)`;
const FOUR_DIGIT_START = new RegExp(
  `^(${LEADING_BULLET.slice(1)}${INTRODUCER})${FOUR_DIGITS}(?:(${RANGE_SEPARATOR})${FOUR_DIGITS})?(\\s*(?:hrs?|h)(?![\\p{L}]))?`,
  'u',
);

/**
 * The military/UK form `0915 – 0930`, `0930 hrs`, `1600 hrs` written as
 * `09:15 – 09:30` so that the one time grammar reads it. A four-digit number
 * is a time only where a year cannot be: with a leading zero, with `hrs`
 * after it, or in a range that goes forward by at least five minutes and
 * could not be two years ("2005 – 2015" stays: without `hrs`, 19xx/20xx pairs
 * are read as years), with minutes that go by fives, and not followed by
 * more figures (a table of codes, a page range in a reference).
 */
function withColonedFourDigitTimes(text: string): string {
  const m = FOUR_DIGIT_START.exec(text);
  if (!m) return text;
  const [whole, lead = '', h1 = '', m1 = '', separator, h2, m2, hours] = m;
  // Codes, page ranges and tables of figures are not times: a programme's minutes go by fives
  // and a title, not another number, follows.
  if (![m1, m2].every((minutes) => minutes === undefined || Number(minutes) % 5 === 0)) return text;
  if (/^[\s:.,;|–—-]*\d/u.test(text.slice(whole.length))) return text;
  const first = `${h1}:${m1}`;
  if (h2 === undefined || m2 === undefined) {
    if (!hours && !h1.startsWith('0')) return text;
    return `${lead}${first}${hours ?? ''}${text.slice(whole.length)}`;
  }
  const second = `${h2}:${m2}`;
  const span = Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1));
  const yearLike = /^(?:19|20)$/u.test(h1) && /^(?:19|20)$/u.test(h2) && !hours;
  if (span < 5 || yearLike) return text;
  return `${lead}${first}${separator}${second}${hours ?? ''}${text.slice(whole.length)}`;
}

/**
 * A time written after the title ("Accueil des participants ...... 9h00",
 * "Lunch (12.30–13.30)"): the title and the time, or null.
 */
export function matchTrailingTime(text: string): TimeMatch | null {
  for (const m of text.matchAll(/(?<=[\s(.…·_:–—-])(?:de |from |à |at )?(?:\d|(?:noon|midday|midi|midnight|minuit)\b)/giu)) {
    const tail = text.slice(m.index).replace(/[)\s.]+$/u, '');
    const time = parseTimeRange(tail);
    if (!time) continue;
    const before = text.slice(0, m.index);
    // A time in words ends the title only after a separator or a wide gap: "Close - noon",
    // "Déjeuner        midi - 13 h 45", not "after noon".
    const inWords = /^\p{L}/u.test(tail.replace(/^(?:de|from|à|at) /iu, ''));
    if (inWords && !/(?:[(.…·_:|–—-]\s*|\s{3,})$/u.test(before)) continue;
    const title = before.replace(/[\s\u00a0(.…·_:,|–—-]+$/u, '');
    if (!/\p{L}/u.test(title)) return null;
    return { ...time, rest: title };
  }
  return null;
}

/** Starts like a time ("9h75", "10 h -") but is not one the parser can read. */
export function looksLikeTime(text: string): boolean {
  return /^[\s•·\-–]*\d{1,2}\s?(?:[hH:.]|heures?)/u.test(text) && !startsWithTime(text);
}

export function startsWithTime(text: string): boolean {
  return matchLeadingTime(text) !== null;
}

/** The whole text is one time or one range (e.g. a day's hours). */
export function parseTimeRange(text: string): TimeMatch | null {
  const m = matchLeadingTime(text);
  return m && m.rest.trim() === '' ? m : null;
}

/** "12.30 – 1.30" written on a 12-hour clock without am/pm: an end before the start is in the afternoon. */
const MAX_AFTERNOON_SPAN = 6 * 60;
function afterStart(start: string | null, end: string | null, meridiem: string | undefined): string | null {
  if (!start || !end || meridiem || end >= start) return end;
  const hour = Number(end.slice(0, 2));
  const later = `${String(hour + 12).padStart(2, '0')}${end.slice(2)}`;
  const span = toMinutes(later) - toMinutes(start);
  return hour >= 1 && hour < 12 && span > 0 && span <= MAX_AFTERNOON_SPAN ? later : end;
}

interface ClockParts {
  hour?: string;
  minutes?: string;
  /** The minutes follow `.` or `:` (not `h`). */
  dotted?: boolean;
  meridiem?: string;
  word?: string;
}

/** One time's groups, from `at` (the word, then hour, minutes ×2, meridiem ×2): noon is 12:00, midnight 00:00. */
function clockParts(m: RegExpExecArray, at: number): ClockParts {
  const word = m[at];
  if (word !== undefined) return { hour: /nuit|night/iu.test(word) ? '0' : '12', minutes: '00', word };
  return { hour: m[at + 1], minutes: m[at + 2] ?? m[at + 3], dotted: m[at + 3] !== undefined, meridiem: m[at + 4] ?? m[at + 5] };
}

function clockStyle(t: ClockParts, meridiem: string | undefined): ClockStyle {
  if (meridiem) return 'meridiem';
  const hour = t.hour ?? '';
  return t.word === undefined && t.dotted && /^[1-9]$|^1[01]$/u.test(hour) ? 'twelveHour' : 'other';
}

/** One session's times as the schedule reads them, with how each was written. */
export interface ClockedTimes {
  date: string | null;
  start: string;
  end: string | null;
  startClock?: ClockStyle;
  endClock?: ClockStyle;
}

const HALF_DAY = 12 * 60;
/** A bare time moved to the afternoon lands at most this long after what it went back from (a typo "11.30, 10.00" is not 22:00). */
const MAX_STEP_MINUTES = 8 * 60;

/**
 * Programmes on a 12-hour clock often write am/pm only here and there
 * (`9.30am`, `12.30`, `1.30 – 2.30`, `4pm`): read in schedule order, a bare
 * time (`twelveHour`) that would go back before the previous session's
 * start on the same day is in the afternoon, as is a bare end before its
 * session's start. Only in documents that write am/pm somewhere, or that
 * never write an hour past 12 (a 24-hour programme, French ones included,
 * is left alone). Explicit am/pm, 24-hour and `12.xx` times never move;
 * a time is moved only when it then comes after what it went back from,
 * and not far after.
 * Returns new start/end pairs, in the order given.
 */
export function resolveTwelveHourTimes(sessions: ClockedTimes[]): Array<{ start: string; end: string | null }> {
  const result = sessions.map((s) => ({ start: s.start, end: s.end }));
  const hasMeridiem = sessions.some((s) => s.startClock === 'meridiem' || s.endClock === 'meridiem');
  const past12 = sessions.some((s) => toMinutes(s.start) >= 13 * 60 || (s.end !== null && s.endClock !== 'twelveHour' && toMinutes(s.end) >= 13 * 60));
  if (!hasMeridiem && past12) return result;
  /** The time 12 hours on, when that puts it just after `reference`; else null. */
  const afternoon = (time: string, reference: string): string | null => {
    const step = toMinutes(time) + HALF_DAY - toMinutes(reference);
    return time < reference && step >= 0 && step <= MAX_STEP_MINUTES ? fromMinutes(toMinutes(time) + HALF_DAY) : null;
  };
  sessions.forEach((session, i) => {
    const times = result[i]!;
    const previous = i > 0 && sessions[i - 1]!.date === session.date ? result[i - 1]! : null;
    if (previous && session.startClock === 'twelveHour') times.start = afternoon(times.start, previous.start) ?? times.start;
    if (times.end && session.endClock === 'twelveHour') times.end = afternoon(times.end, times.start) ?? times.end;
  });
  return result;
}

/**
 * A day's hours on a 12-hour clock without am/pm ("9.30 to 4.30"): an end
 * before the start is in the afternoon. A day is longer than the six hours
 * a session's range allows for that (`afterStart`).
 */
export function asDayHours(hours: TimeMatch | null): TimeMatch | null {
  if (!hours?.end || hours.end >= hours.start || hours.endClock !== 'twelveHour') return hours;
  return toMinutes(hours.end) < HALF_DAY ? { ...hours, end: fromMinutes(toMinutes(hours.end) + HALF_DAY) } : hours;
}

/** `HH:MM` → minutes since midnight. */
export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

function fromMinutes(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function isTimeLike(whole: string, t: ClockParts): boolean {
  return t.word !== undefined || t.minutes !== undefined || t.meridiem !== undefined || /\d\s?h/iu.test(whole);
}

function toClock(hourText: string | undefined, minutes: string | undefined, meridiem: string | undefined): string | null {
  let hour = Number(hourText);
  const minute = Number(minutes ?? 0);
  if (!Number.isInteger(hour) || minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem.toLowerCase() === 'p' && hour !== 12) hour += 12;
    if (meridiem.toLowerCase() === 'a' && hour === 12) hour = 0;
  }
  if (hour === 24 && minute === 0) hour = 0;
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
