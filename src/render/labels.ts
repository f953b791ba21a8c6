/**
 * Words and formats the renderers print around the programme's own text,
 * in the programme's language (French and English; others fall back to English).
 */
import type { Day, Programme, Session, Speaker, Venue } from '../model/programme.js';

interface Labels {
  schedule: string;
  footnotes: string;
  speakers: string;
  page: (n: number, total: number) => string;
}

const LABELS: Record<string, Labels> = {
  fr: { schedule: 'Programme', footnotes: 'Notes', speakers: 'Intervenants', page: (n, t) => `${n} / ${t}` },
  en: { schedule: 'Schedule', footnotes: 'Notes', speakers: 'Speakers', page: (n, t) => `${n} / ${t}` },
};

export function labelsFor(language: string): Labels {
  return LABELS[language] ?? LABELS.en!;
}

/** `09:30` → `9h30` in French, `09:30` elsewhere. */
export function formatTime(time: string, language: string): string {
  if (language !== 'fr') return time;
  const [h, m] = time.split(':');
  return `${Number(h)}h${m === '00' ? '' : m}`;
}

/** A session's time: `9h30 – 9h50`, with no-break spaces so that it never wraps. */
export function formatTimeRange(session: Pick<Session, 'start' | 'end'>, language: string): string {
  const start = formatTime(session.start, language);
  return session.end ? `${start}\u00a0–\u00a0${formatTime(session.end, language)}` : start;
}

/** A day as written in the document when we have it, else spelled out in the document's language. */
export function formatDay(day: Day, language: string): string {
  if (day.label) return day.label;
  const [y, m, d] = day.date.split('-').map(Number);
  const text = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Several days, from the first to the last, as short as the dates allow:
 * "8–9 October 2019", "30 juin – 1 juillet 2016", "30 December 2019 – 2
 * January 2020". Null for fewer than two days.
 */
export function formatDaySpan(days: readonly Day[], language: string): string | null {
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  if (!first || !last || days.length < 2) return null;
  const parts = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
    return { y, m, d, month };
  };
  const a = parts(first);
  const b = parts(last);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${a.month} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${a.month} – ${b.d} ${b.month} ${b.y}`;
  return `${a.d} ${a.month} ${a.y} – ${b.d} ${b.month} ${b.y}`;
}

export function formatDayWithHours(day: Day, language: string): string {
  const hours = day.start ? `, ${formatTimeRange({ start: day.start, end: day.end }, language)}` : '';
  return `${formatDay(day, language)}${hours}`;
}

/**
 * A speaker as programmes write one: `Name, affiliation`, `Name : topic`
 * (French spacing), or `Name (affiliation) – topic` when both are known.
 */
export function formatSpeaker(speaker: Speaker, language: string): string {
  const { name, affiliation, topic } = speaker;
  if (affiliation && topic) return `${name} (${affiliation}) – ${topic}`;
  if (topic) return `${name}${language === 'fr' ? '\u00a0: ' : ': '}${topic}`;
  return affiliation ? `${name}, ${affiliation}` : name;
}

/**
 * The town with its postcode, in the country's order: "94270 Kremlin
 * Bicêtre", but "Manchester M2 3GX" and "Milwaukee, WI 53202" (British and
 * US postcodes follow the town).
 */
export function formatCityLine(venue: Pick<Venue, 'postalCode' | 'city'>): string {
  const postcodeFirst = venue.postalCode !== null && /^\d/u.test(venue.postalCode) && !/,\s*[A-Z]{2}$/u.test(venue.city ?? '');
  return (postcodeFirst ? [venue.postalCode, venue.city] : [venue.city, venue.postalCode]).filter(Boolean).join(' ');
}

export function formatVenue(venue: Venue): string {
  const main = [venue.name, venue.address, formatCityLine(venue)].filter(Boolean).join(', ');
  return venue.access ? `${main} (${venue.access})` : main;
}

export function organizerLine(programme: Programme): string {
  return programme.organizers.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join(' · ');
}
