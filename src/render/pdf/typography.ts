/**
 * Typographic clean-up of the text before it is set: no-break spaces where a
 * line must not break (French punctuation, guillemets, a time and its dash),
 * characters the faces lack replaced, and locale-aware times and dates.
 */
import type { Day } from '../../model/programme.js';
import { primaryTag } from './labels.js';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Footnote marks travel through the clean-up as private-use characters. */
export const MARK_BASE = 0xe000;
const MARK_CLASS = '\\uE000-\\uF8FF';
const SPACES = `[ ${NBSP}${NNBSP}\\t]`;

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HYPHENS = /[\u2010\u2011]/g;

/** Spacing rules of the programme's language, then the universal ones. */
export function typeset(text: string, language: string): string {
  let out = text.replace(INVISIBLE, '').replace(HYPHENS, '-').replace(/\s+/g, (ws) => (/^[\u00A0\u202F]+$/.test(ws) ? ws : ' '));
  if (primaryTag(language) === 'fr') out = frenchSpacing(out);
  return bindTimeRanges(out).trim();
}

/**
 * French: a narrow no-break space before ; ! ? and inside « », a no-break
 * space before the colon, whether the source had a plain space or none.
 */
function frenchSpacing(text: string): string {
  return text
    .replace(new RegExp(`([^\\s${NBSP}${NNBSP}])${SPACES}*([;!?]+)(?=[\\s»)\\]"’'.,…]|$)`, 'gu'), `$1${NNBSP}$2`)
    .replace(new RegExp(`([\\p{L}\\p{N})\\]»’${MARK_CLASS}])${SPACES}*:(?=\\s|$)`, 'gu'), `$1${NBSP}:`)
    .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACES}*»`, 'g'), `${NNBSP}»`);
}

/** "9h30 - 11h", "14:00 – 15:00": the dash stays on the line of the time before it. */
function bindTimeRanges(text: string): string {
  return text.replace(/(\b\d{1,2}(?:\s?h\s?\d{0,2}|[:.]\d{2}))[ \u00A0]+([-–—])(?= )/g, `$1${NBSP}$2`);
}

/** "09:30" as the language writes it: "9 h 30" in French, "9:30" in English. */
export function formatTime(time: string, language: string): string {
  const [hh = '0', mm = '00'] = time.split(':');
  const hours = String(Number(hh));
  switch (primaryTag(language)) {
    case 'fr':
      return mm === '00' ? `${hours}${NNBSP}h` : `${hours}${NNBSP}h${NNBSP}${mm}`;
    case 'en':
      return `${hours}:${mm}`;
    default:
      return time;
  }
}

/** "9 h 30 – 9 h 50" (no break before the dash), or the start alone. */
export function formatTimeRange(start: string | null, end: string | null, language: string): string {
  if (!start) return end ? formatTime(end, language) : '';
  return end ? `${formatTime(start, language)}${NBSP}– ${formatTime(end, language)}` : formatTime(start, language);
}

/** The day as written in the source when known, else a long localised date. */
export function formatDay(day: Pick<Day, 'date' | 'label'>, language: string): string {
  if (day.label?.trim()) return typeset(day.label, language);
  return formatDate(day.date, language);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, language: string): string {
  let formatted: string;
  try {
    let format = dateFormats.get(language);
    if (!format) {
      format = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      dateFormats.set(language, format);
    }
    formatted = format.format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return isoDate;
  }
  return formatted.charAt(0).toLocaleUpperCase(language) + formatted.slice(1);
}
