/**
 * The parse stage: a cleaned document → a `Programme`. The title page
 * (everything before the first session) gives the title, organizers, date,
 * hours, venue and description; the schedule gives days and sessions; what
 * follows it is the annex.
 */
import type { SourceDocument } from '../model/document.js';
import { SCHEMA_VERSION, type Block, type Day, type Programme, type ProgrammeWarning, type Source } from '../model/programme.js';
import { linesToBlocks } from './blocks.js';
import { classifyLine, dayHoursAfterDate, parseTimeRange, timePosition, type LineInfo } from './classify.js';
import { findDate, isLetterDate, iso } from './date.js';
import { asLabelLine } from './labels.js';
import { detectLanguage } from './language.js';
import { toLines, type Line } from './lines.js';
import { withoutMailHeaders } from './mail-headers.js';
import { plainLine } from './plain-line.js';
import { findOrganizers } from './organizers.js';
import { parseSchedule } from './schedule.js';
import { matchLeadingTime, toMinutes, type TimeMatch } from './time.js';
import { findTitle, readLabelLike, SCHEDULE_HEADING, titleInHeaders } from './title.js';
import { findVenue } from './venue.js';

export function parseProgramme(doc: SourceDocument, source: Source): Programme {
  const warnings: ProgrammeWarning[] = [...doc.warnings];
  const { lines, footnotes } = toLines(doc.tree);
  const documentText = [...doc.headers, ...lines.map((l) => l.text)].join('\n');
  const language = detectLanguage(documentText);
  const position = timePosition(lines);
  const infos = withTitlesAboveTimes(withoutWordOnlyTimes(withPartHeadings(withoutTableHeaders(withoutMailHeaders(lines.map((line) => classifyLine(line, language, position)))))));

  const resolveDays = dayResolver(infos, doc.metadata.created ?? doc.metadata.modified, language);
  const firstSession = scheduleStart(infos, firstSessionIndex(infos));
  const bodyTitlePage = withTitleDatesApart(firstSession < 0 ? infos : infos.slice(0, firstSession), language);
  const fromHeader = firstSession < 0 || bodyTitlePage.some((info) => info.date) ? [] : headerTitlePage(doc.headers, language, position);
  const titlePage = [...fromHeader, ...bodyTitlePage];
  const used = new Set<number>();

  // Days written on the title page ("Jeudi 19 décembre 2013", then "9h30 - 16h45").
  const titleDays: Day[] = [];
  titlePage.forEach((info, index) => {
    if (!info.date) return;
    const dates = resolveDays(info.date);
    if (!dates) return;
    used.add(index);
    const next = titlePage[index + 1];
    const hours = info.date.hours ?? (next && !next.date ? hoursOn(next) : null);
    if (!info.date.hours && hours?.end) used.add(index + 1);
    for (const date of dates) {
      if (titleDays.some((d) => d.date === date)) continue;
      const withHours = hours?.end ? { start: hours.start, end: hours.end } : { start: null, end: null };
      // A label only where the line names this one day ("4 et 5 juin" names two).
      titleDays.push({ date, ...withHours, ...(dates.length === 1 ? { label: info.date.label } : {}) });
    }
  });
  // No day written apart: the event's date in a sentence ("organise son forum le jeudi 24 novembre 2016, de 14h à 18h30").
  if (titleDays.length === 0 && firstSession >= 0 && !infos.slice(firstSession).some((info) => info.date)) {
    const day = dayInSentences(titlePage, language);
    if (day) titleDays.push(day);
  }
  // Hours alone on the title page, with no date beside them.
  titlePage.forEach((info, index) => {
    if (used.has(index) || !info.time || info.time.rest !== '' || !info.time.end) return;
    if (titleDays.length === 1 && !titleDays[0]!.start) {
      titleDays[0]!.start = info.time.start;
      titleDays[0]!.end = info.time.end;
      used.add(index);
    }
  });

  const venueFound = findVenue(
    titlePage.map((info, index) => ({ index, text: venueText(info) })).filter(({ index }) => !used.has(index)),
    (index) => used.has(index) || titlePage[index]?.date != null || titlePage[index]?.time != null,
    titlePage.findIndex((info) => info.date),
  );
  venueFound?.used.forEach((i) => used.add(i));

  // "Programme" / "Agenda" alone above the schedule is the schedule's own heading.
  let above = titlePage.length - 1;
  while (above > 0 && titlePage[above]!.date) above--;
  if (above > 0 && SCHEDULE_HEADING.test(titlePage[above]!.line.text)) used.add(above);

  const found = findTitle(titlePage, used, language, firstSession >= 0);
  const titleIndex = found?.index ?? -1;
  const title = found?.text ?? titleInHeaders(doc.headers) ?? doc.metadata.title ?? null;
  if (titleIndex >= 0) used.add(titleIndex);

  // The page header's lines give the title, date and venue; the rest of them is page furniture, no description.
  const remaining = titlePage.map((info, index) => ({ info, index })).filter(({ index }) => !used.has(index) && index >= fromHeader.length);
  // Lines above the title are the organizers' letterhead when they name an organisation.
  // So are the lines right below the title that name one ("Assemblée générale" / "Association des Maires…").
  const belowTitle = remaining.filter(({ index }) => titleIndex >= 0 && index > titleIndex && index <= titleIndex + 2);
  const aboveTitle = [...remaining.filter(({ index }) => index < titleIndex), ...belowTitle].map((r) => r.info.line.text);
  const { organizers, usedBodyLines } = findOrganizers(doc.headers, remaining.map((r) => r.info.line.text), documentText, aboveTitle);
  const organizerLines = new Set(usedBodyLines.map((k) => remaining[k]!.index));
  const description = linesToBlocks(remaining.filter(({ index }) => !organizerLines.has(index)).map((r) => r.info.line));

  const schedule = firstSession < 0
    ? { sessions: [], days: [], annex: [] as Line[], loose: [] as string[], warnings: [] }
    : parseSchedule(infos.slice(firstSession), { defaultDate: titleDays.length === 1 ? titleDays[0]!.date : null, resolveDays });
  if (firstSession < 0) warnings.push({ code: 'no-schedule', message: 'no line starting with a time was found: the document has no schedule the parser can read' });
  warnings.push(...schedule.warnings);
  description.push(...schedule.loose.map((text): Block => ({ type: 'paragraph', text })));

  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    language,
    title,
    organizers,
    days: mergeDays(titleDays, schedule.days),
    venue: venueFound?.venue ?? null,
    description,
    sessions: schedule.sessions,
    annex: linesToBlocks(schedule.annex),
    footnotes,
    warnings,
  };
}

/**
 * `Noon` / `Midi` read as times only in a schedule that writes some times in
 * figures: alone they are words ("Midi : www.…" in a list of regions).
 */
function withoutWordOnlyTimes(infos: LineInfo[]): LineInfo[] {
  if (infos.some((info) => info.time && /\d/u.test(info.line.text))) return infos;
  return infos.map((info) => (info.time ? { ...info, time: null } : info));
}

/** Words before a date that make it a deadline, not the event's day. */
const DEADLINE = /\b(?:avant|jusqu['’]au|au plus tard|limite|before|until|by|deadline|closing date)\b[^.;]{0,20}$/iu;

/**
 * The first full date in the title page's sentences, when nothing else gives
 * the event's day ("Le Réseau organise son forum annuel le jeudi 24 novembre
 * 2016, de 14h à 18h30, à la Maison…"), with the hours written right after
 * it. Not a letter's own date, not a deadline ("inscription avant le …").
 */
function dayInSentences(titlePage: LineInfo[], language: string): Day | null {
  for (const { line } of titlePage) {
    if (!/\b(?:19|20)\d{2}\b/u.test(line.text)) continue;
    const date = findDate(line.text, language);
    if (!date?.yearCertain || date.moreDays.length > 0 || isLetterDate(line.text, date) || DEADLINE.test(line.text.slice(0, date.index))) continue;
    const after = line.text.slice(date.index + date.length).replace(/^[\s,*]+/u, '');
    const hours = matchLeadingTime(after);
    return { date: date.date, start: hours?.end ? hours.start : null, end: hours?.end ?? null };
  }
  return null;
}

/**
 * Sessions whose time stands under their title: each title a heading with
 * its time alone on the line below ("Registration and coffee" / "10:00 –
 * 10:30"), or each title followed by a labelled time ("Ouverture de la
 * journée" / "Heure : 9h30" / "Salle : …"). When a document does so twice or
 * more, each such pair is one session line, the title line its title.
 */
function withTitlesAboveTimes(infos: LineInfo[]): LineInfo[] {
  const timeUnder = (index: number): TimeMatch | null => {
    const info = infos[index]!;
    const above = infos[index - 1];
    if (!above || above.time || above.date || above.label || above.line.type === 'tableRow' || above.line.type === 'listItem' || SCHEDULE_HEADING.test(above.line.text)) return null;
    if (info.line.type === 'tableRow') return null;
    // "Heure : 9h30": the label's value, a single time or a range.
    if (info.label?.kind === 'time') return (above.line.type === 'heading' || above.line.strong) ? matchLeadingTime(info.label.value) : null;
    return info.time && info.time.rest === '' && !info.label && above.line.type === 'heading' ? info.time : null;
  };
  const times = infos.map((_, index) => (index > 0 ? timeUnder(index) : null));
  if (times.filter(Boolean).length < 2) return infos;
  return infos.flatMap((info, index): LineInfo[] => {
    if (times[index + 1]) return [];
    const time = times[index];
    if (!time) return [info];
    const title = infos[index - 1]!.line;
    const text = `${info.line.text} ${title.text}`;
    const footnoteRefs = title.footnoteRefs.map((ref) => ({ ...ref, offset: ref.offset + info.line.text.length + 1 }));
    return [{ line: { ...info.line, text, raw: text, footnoteRefs }, time: { ...time, rest: title.text }, date: null, label: null }];
  });
}

/**
 * A schedule table's header row ("Horaire | Séquence | Intervenants") and its
 * repetitions on later pages are layout, not content: the first row of a
 * table whose other rows hold times, when it holds none itself.
 */
function withoutTableHeaders(infos: LineInfo[]): LineInfo[] {
  const keyOf = (info: LineInfo) => (info.line.cells ?? []).map((c) => c.join(' ')).join('|');
  const headers = new Set<string>();
  for (const info of infos) {
    const table = info.line.table;
    // A first row giving the day ("FRIDAY 9th NOVEMBER", shaded above its times) heads the day, not the columns.
    if (!table || table.row !== 0 || info.time || info.date) continue;
    // Sessions' times, not a labelled row's hours ("Time | 10am – 2pm" under "Date | …").
    if (infos.some((other) => other.line.table?.id === table.id && other.time && !other.label)) headers.add(keyOf(info));
  }
  return infos.filter((info) => !info.line.table || info.time || !headers.has(keyOf(info)));
}

/**
 * "Midi" or "Noon" alone on its line right above a timed line names a part
 * of the day (Matin / Midi / Après-midi), as "Matinée" does: not a session
 * at 12:00. Alone above an untimed line it is the time of that line's item.
 */
function withPartHeadings(infos: LineInfo[]): LineInfo[] {
  return infos.map((info, index) => {
    const wordOnly = info.time && info.time.rest === '' && !info.time.end && !/\d/u.test(info.line.text) && info.line.type !== 'tableRow';
    return wordOnly && infos[index + 1]?.time ? { ...info, time: null } : info;
  });
}

/** "Matinée" or a bold "Morning" right above the first session names its part: the schedule starts there. */
function scheduleStart(infos: LineInfo[], first: number): number {
  // The day heading right above the first session (its hours between them) opens the schedule.
  let heading = first - 1;
  if (infos[heading]?.time && infos[heading]!.time!.rest === '') heading--;
  if (first > 0 && infos[heading]?.date) return heading;
  const previous = infos[first - 1];
  if (first <= 1 || !previous || previous.date || previous.time) return first;
  const line = previous.line;
  const short = line.text.split(/\s+/u).length <= 3 && !/[\d.,;:!?]/u.test(line.text);
  const setApart = line.type === 'heading' || line.strong || line.blankLinesBefore > 0;
  return short && setApart && !SCHEDULE_HEADING.test(line.text) && line.type !== 'listItem' ? first - 1 : first;
}

/** The first line that opens a session: a leading time, other than a day's hours on the title page. */
function firstSessionIndex(infos: LineInfo[]): number {
  return infos.findIndex((info, index) => {
    if (!info.time) return false;
    const previous = infos[index - 1];
    // "Time: 9.15am – 4.00pm": a labelled time is the day's hours, never a session.
    if (info.label) return false;
    const isDayHours = info.time.rest === '' && info.time.end !== null && (previous?.date != null || index <= 3) && spans(info.time.start, info.time.end) >= 150;
    return !isDayHours;
  });
}

/** The lines at the top of a title page where the event's name and date stand. */
const TITLE_BLOCK_LINES = 10;

/**
 * "Formation « Accueillir un public difficile » – mardi 7 novembre 2006",
 * "Annual Forum, 3 June 2019 (10am – 4pm)": a title-page line that names the
 * event, then its date (and hours), is read as two lines, the title and the
 * date.
 */
function withTitleDatesApart(titlePage: LineInfo[], language: string): LineInfo[] {
  return titlePage.flatMap((info, index): LineInfo[] => {
    const { line } = info;
    if (index >= TITLE_BLOCK_LINES || info.date || info.time || info.label || line.type === 'tableRow' || line.type === 'listItem' || readLabelLike(line.text)) return [info];
    const date = findDate(line.text, language);
    if (!date) return [info];
    const before = /^(.*\S)\s*(?:[–—\-,:|]|\s(?:le|on))\s*$/u.exec(line.text.slice(0, date.index))?.[1];
    const after = line.text.slice(date.index + date.length).replace(/^[\s,–—\-]+/u, '');
    const hours = dayHoursAfterDate(after);
    if (!before || before.split(/\s+/u).length < 2 || (after && !hours) || isLetterDate(line.text, date)) return [info];
    const dateText = line.text.slice(date.index);
    return [
      { line: { ...line, text: before, raw: before }, time: null, date: null, label: null },
      { line: { ...line, text: dateText, raw: dateText }, time: null, date: { ...date, index: 0, hours, label: dateText.replace(/[\s,–—\-]*$/u, '') }, label: null },
    ];
  });
}

/**
 * A body that starts with its schedule may keep the title block in the page
 * header ("Centre de gestion…", "Formation … – mardi 7 novembre 2006", the
 * venue): then the header's lines are the title page, when they give a date.
 */
function headerTitlePage(headers: string[], language: string, position: ReturnType<typeof timePosition>): LineInfo[] {
  const lines = headers.map((text) => plainLine(text, { blankLinesBefore: 0, pageBreakBefore: false, indent: 0 }));
  const infos = withTitleDatesApart(lines.map((line) => classifyLine(line, language, position)), language);
  return infos.some((info) => info.date) && !infos.some((info) => info.time) ? infos : [];
}

/** A label row of a table ("Venue | Harbourside Centre | 1 Quay Parade …") is read as a label line. */
function venueText(info: LineInfo): string {
  return info.line.type === 'tableRow' && info.label ? asLabelLine(info.label) : info.line.text;
}

/** The day's hours on the line under a date: a range alone, or a labelled one ("Time: 9.15am – 4pm"). */
function hoursOn(info: LineInfo) {
  if (info.label) return info.time?.end ? info.time : null;
  return parseTimeRange(info.line.text);
}

/**
 * Day headings without a year ("Jeudi 5 juin") take the year of the other
 * dates in the document, else of the file's creation date.
 */
function dayResolver(infos: LineInfo[], created: string | undefined, language: string) {
  // A year written anywhere with a full date ("7, 8 et 9 juillet 2016" under the title) beats the file's own date.
  const certain = infos.find((i) => i.date?.yearCertain)?.date?.date.slice(0, 4) ?? yearWritten(infos, language);
  const fallback = certain ?? (created && /^\d{4}/u.test(created) ? created.slice(0, 4) : undefined);
  /** Every day the text names, as ISO dates, or null when no year can be found. */
  return (date: NonNullable<LineInfo['date']>): string[] | null => {
    const year = date.yearCertain ? date.date.slice(0, 4) : fallback;
    if (!year) return null;
    return [{ month: date.month, day: date.day }, ...date.moreDays].map((d) => iso(Number(year), d.month, d.day));
  };
}

/** The year of the first full date written anywhere, read only on lines holding a year, stopping at the first. */
function yearWritten(infos: LineInfo[], language: string): string | undefined {
  for (const { line } of infos) {
    if (!/\b(19|20)\d{2}\b/u.test(line.text)) continue;
    const date = findDate(line.text, language);
    if (date?.yearCertain) return date.date.slice(0, 4);
  }
  return undefined;
}

function mergeDays(titleDays: Day[], scheduleDays: Day[]): Day[] {
  const days = [...scheduleDays];
  for (const day of titleDays) {
    const same = days.find((d) => d.date === day.date);
    if (!same) days.push(day);
    else {
      same.start ??= day.start;
      same.end ??= day.end;
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

function spans(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}
