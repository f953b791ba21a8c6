/**
 * The schedule: from the first session line on, each line opens a session
 * (a leading time), starts a day (a date heading), or belongs to the session
 * above it (speakers, chair, sub-items, a title written on the next line).
 * Prose after the last session, set apart by a page break, a heading or a
 * gap, is the annex.
 */
import type { Day, ProgrammeWarning, Session, Speaker } from '../model/programme.js';
import type { LineInfo } from './classify.js';
import { filledCells, parseTimeRange } from './classify.js';
import { looksLikeTime, matchLeadingTime, resolveTwelveHourTimes, toMinutes, type ClockStyle } from './time.js';
import { classifySession } from './kind.js';
import { isPersonName, isPlaceName } from './names.js';
import { isChairLine, parseSpeakerLine, speakerListIntro } from './speakers.js';
import type { Line } from './lines.js';

export interface ScheduleResult {
  sessions: Session[];
  days: Day[];
  /** Lines after the schedule that are not part of it. */
  annex: Line[];
  /** Lines inside the schedule that belong to no session or day: the caller keeps them as prose. */
  loose: string[];
  warnings: ProgrammeWarning[];
}

/** A bare time range after a day heading is that day's hours when it spans this long. */
const MIN_DAY_HOURS_MINUTES = 150;
/** After the last session, a gap of this many blank lines ends the schedule. */
const ANNEX_GAP = 2;
/** A line outside sessions this short is a heading for the sessions below it. */
const MAX_SECTION_WORDS = 10;

interface Options {
  /** The day sessions belong to until a day heading says otherwise. */
  defaultDate: string | null;
  resolveDays: (info: NonNullable<LineInfo['date']>) => string[] | null;
}

export function parseSchedule(infos: LineInfo[], options: Options): ScheduleResult {
  const sessions: Session[] = [];
  const days: Day[] = [];
  const warnings: ProgrammeWarning[] = [];
  const annex: Line[] = [];
  const loose: string[] = [];
  let currentDate = options.defaultDate;
  let current: Session | null = null;
  let section: string | undefined;
  let speakerList = false;
  let awaitingTitle = false;
  let dayJustOpened: Day | null = null;
  let inlineSpeakers = 0;
  const bareNames: BareNameSplit[] = [];
  const noteTitle = (outcome: TitleOutcome) => {
    if (outcome.inlineSpeakers) inlineSpeakers++;
    if (outcome.bareName) bareNames.push(outcome.bareName);
  };
  /** The last line that gave speakers, which a typed text may wrap onto the next line. */
  let listLine: SpeakerLine | null = null;
  const lastTimed = infos.findLastIndex((i) => i.time !== null);
  /** Times alone on their line with the title on the next, in two places or more: the document's layout. */
  const titlesBelowTimes =
    infos.filter((info, i) => info.time?.rest === '' && info.line.type !== 'tableRow' && !infos[i - 1]?.date && infos[i + 1] !== undefined && !infos[i + 1]!.time && !infos[i + 1]!.date).length >= 2;
  /** How each session's times were written, for the 12-hour pass. */
  const clocks = new Map<Session, { startClock?: ClockStyle; endClock?: ClockStyle }>();

  const closeSession = () => {
    if (current) {
      if (current.title === '') {
        warnings.push({ code: 'session-without-title', message: `the session at ${current.start} has no title` });
      }
      current.kind = classifySession(current.title, current.speakers.length > 0);
    }
  };

  for (let i = 0; i < infos.length; i++) {
    const { line, time, date } = infos[i]!;
    const text = line.text;

    // A speaker line under the last item ("Intervention de M. X, président") still belongs to it.
    // The last session's title on the line under its time ("12:15" / "Lunch and depart") is no annex.
    if (i > lastTimed && current && !awaitingTitle && startsAnnex(line, infos[i + 1]?.line) && !isChairLine(text) && !parseSpeakerLine(text) && !introducesSpeaker(text)) {
      annex.push(...infos.slice(i).map((x) => x.line));
      break;
    }

    if (date) {
      closeSession();
      current = null;
      speakerList = false;
      const dates = options.resolveDays(date);
      if (!dates) {
        warnings.push({ code: 'date-without-year', message: `no year for the day heading "${text}"` });
        continue;
      }
      currentDate = dates[0]!;
      for (const iso of dates) {
        let day = days.find((d) => d.date === iso);
        if (!day) {
          day = { date: iso, start: null, end: null, label: date.label };
          days.push(day);
        }
        if (date.hours) {
          day.start = date.hours.start;
          day.end = date.hours.end;
        }
        if (iso === currentDate) dayJustOpened = date.hours ? null : day;
      }
      continue;
    }

    if (time) {
      // The day's hours on the line below its heading, not a session; unless the document writes
      // each session's time alone above its title and no time follows ("09:00–12:00" / "Field visit").
      const titledBelow = titlesBelowTimes && infos[i + 1] !== undefined && !infos[i + 1]!.time && !infos[i + 1]!.date;
      if (dayJustOpened && time.rest === '' && time.end && toMinutes(time.end) - toMinutes(time.start) >= MIN_DAY_HOURS_MINUTES && !titledBelow) {
        dayJustOpened.start = time.start;
        dayJustOpened.end = time.end;
        dayJustOpened = null;
        continue;
      }
      dayJustOpened = null;
      closeSession();
      current = openSession(time.start, time.end, currentDate, section);
      clocks.set(current, { startClock: time.startClock, endClock: time.endClock });
      speakerList = false;
      sessions.push(current);
      if (line.type === 'tableRow') fillFromCells(current, line, warnings);
      else {
        noteTitle(setTitle(current, time.rest, line));
        awaitingTitle = current.title === '';
      }
      continue;
    }
    dayJustOpened = null;

    if (line.type === 'tableRow') {
      // A row without a time continues the session above it; before any session it names a part, and so
      // does a row merged across the table above a timed row ("Plénière", "Ateliers en parallèle").
      const mergedAcross = (line.spans?.[0] ?? 1) > 1 && filledCells(line) === 1;
      if (!current || (mergedAcross && infos[i + 1]?.time && text.split(/\s+/u).length <= MAX_SECTION_WORDS && !parseSpeakerLine(text))) {
        closeSession();
        current = null;
        addToSectionOrWarn(text);
      } else for (const cellLines of line.cells ?? []) for (const l of cellLines) attach(current, l);
      continue;
    }

    if (!current) {
      addToSectionOrWarn(text);
      continue;
    }
    if (line.type === 'heading' && !awaitingTitle) {
      addToSectionOrWarn(text);
      continue;
    }
    if (awaitingTitle) {
      noteTitle(setTitle(current, text, line));
      awaitingTitle = false;
      continue;
    }
    // A heading between sessions names what follows ("Matinée", "Session 2 : …").
    if ((line.type === 'heading' || line.strong || isPartName(line)) && infos[i + 1]?.time && !parseSpeakerLine(text)) {
      section = text;
      continue;
    }
    if (looksLikeTime(text)) {
      warnings.push({ code: 'unreadable-time', message: `a line starts like a time the parser cannot read; kept in the notes of the session at ${current.start}: "${text}"` });
    }
    attach(current, text);
  }
  closeSession();
  // "Welcome — Maggie Tate, Coordinator" … "Close — Maggie Tate": where the programme names speakers
  // after its titles, a name alone there is a speaker too.
  if (inlineSpeakers >= MIN_INLINE_SPEAKERS) {
    for (const { session, title, speakers } of bareNames) {
      session.title = title;
      session.speakers.unshift(...speakers);
      session.kind = classifySession(session.title, true);
    }
  }
  readTwelveHourClock(sessions, clocks);
  warnings.push(...orderWarnings(sessions));

  /** A line outside any session: a short one names the sessions below it, a long one is the day's note. */
  function addToSectionOrWarn(text: string) {
    if (text.split(/\s+/u).length <= MAX_SECTION_WORDS) section = text;
    else {
      const day = days.find((d) => d.date === currentDate);
      if (day) day.notes = [...(day.notes ?? []), text];
      else loose.push(text);
    }
  }

  function attach(session: Session, text: string) {
    // "… méthode et pre-" / "miers retours d'expérience": a title hyphenated at the end of a line.
    if (session.notes.length === 0 && session.speakers.length === 0 && /\p{L}-$/u.test(session.title) && /^\p{Ll}/u.test(text)) {
      session.title = `${session.title.slice(0, -1)}${text}`;
      return;
    }
    const continued = listLine?.session === session ? continueWrappedList(listLine, text) : null;
    if (continued) {
      listLine = continued;
      return;
    }
    const before = session.speakers.length;
    speakerList = attachLine(session, text, speakerList);
    const added = session.speakers.length - before;
    listLine = added > 0 ? { session, text, speakers: added, inList: speakerList } : null;
  }

  return { sessions, days, annex, loose, warnings };
}

/** `9.30am … 12.30, 1.30 – 2.30`: bare times that step back are afternoon ones (see `resolveTwelveHourTimes`). */
function readTwelveHourClock(sessions: Session[], clocks: Map<Session, { startClock?: ClockStyle; endClock?: ClockStyle }>) {
  const resolved = resolveTwelveHourTimes(sessions.map((s) => ({ date: s.date, start: s.start, end: s.end, ...clocks.get(s) })));
  sessions.forEach((session, i) => {
    session.start = resolved[i]!.start;
    session.end = resolved[i]!.end;
  });
}

function openSession(start: string, end: string | null, date: string | null, section: string | undefined): Session {
  const session: Session = { date, start, end, title: '', kind: 'other', speakers: [], notes: [] };
  if (section) session.section = section;
  return session;
}

/** A title ending with a name alone after its separator ("Next steps and close — Maggie Tate"). */
interface BareNameSplit {
  session: Session;
  title: string;
  speakers: Speaker[];
}

/** What setting a title found: speakers it took from the line, or a bare name it left in the title. */
type TitleOutcome = { inlineSpeakers: boolean; bareName?: BareNameSplit };

/** A title, minus a trailing "– Dr Jane Smith (University)" or "(Dr Jane Smith, University)" that names the speaker. */
function setTitle(session: Session, given: string, line: Line): TitleOutcome {
  const offset = line.text.length - given.length;
  // An item written as a sentence ("De 9h30 à 10h30, présentation … par Mme X, chargée de mission.") ends with its full stop.
  const sentence = /[\p{Ll})»”]\.$/u.test(given) && !/\b(?:etc|St|Dr|Mr|Mrs|Ms|Jr|Pr|av|env|cf)\.$/u.test(given);
  const text = sentence ? given.slice(0, -1) : given;
  // "»" separates a title from its speaker on web pages, unless it closes a French quotation ("« Accueil Vélo »").
  const split = /^(.+?)\s+(?:[–—-]|(?<!«[^»]*)»|par|by|avec|with)\s+([^–—»]+)$/u.exec(text);
  // "Site visit — led by Mike Dewhurst": the chair goes to the notes.
  const dashed = /^(.+?)\s+(?:[–—-]|(?<!«[^»]*)»)\s+([^–—»]+)$/u.exec(text);
  if (dashed && isChairLine(dashed[2]!)) {
    session.title = dashed[1]!.replace(/[\s:,]+$/u, '');
    session.notes.push(dashed[2]!.trim());
    return { inlineSpeakers: false };
  }
  const speakers = split ? parseSpeakerLine(split[2]!, { listContext: true }) : null;
  // "Ouverture du colloque (Pr Anne Le Floc’h, directrice du LAPTER)": the speaker in brackets after the title.
  const bracketed = split ? null : /^(.+?)\s*\(([^()]+)\)$/u.exec(text);
  const inBrackets = bracketed ? parseSpeakerLine(bracketed[2]!, { listContext: true }) : null;
  let outcome: TitleOutcome = { inlineSpeakers: false };
  if (split && speakers && speakers.every(hasEvidence)) {
    session.title = split[1]!.replace(/[\s:,]+$/u, '');
    session.speakers.push(...speakers);
    outcome = { inlineSpeakers: true };
  } else if (bracketed && inBrackets && inBrackets.every(hasEvidence)) {
    session.title = bracketed[1]!.replace(/[\s:,–—-]+$/u, '');
    session.speakers.push(...inBrackets);
    outcome = { inlineSpeakers: true };
  } else {
    session.title = text;
    if (split && speakers && speakers.every((s) => s.affiliation === null && s.topic === null && isPersonName(s.name) && !isPlaceName(s.name))) {
      outcome = { inlineSpeakers: false, bareName: { session, title: split[1]!.replace(/[\s:,]+$/u, ''), speakers } };
    }
  }
  const refs = line.footnoteRefs.filter((r) => r.offset >= offset).map((r) => ({ label: r.label, offset: Math.min(r.offset - offset, session.title.length) }));
  if (refs.length > 0) session.footnoteRefs = refs;
  return outcome;
}

/** Sessions written "Title — Name, role" at least this often make "Title — Name" a speaker too. */
const MIN_INLINE_SPEAKERS = 2;

/** `Intervention de M. X, role`, `Speakers: A; B`: a labelled speaker line. */
function introducesSpeaker(text: string): boolean {
  const intro = speakerListIntro(text);
  return intro !== null && intro !== '' && parseSpeakerLine(intro, { listContext: true }) !== null;
}

/** A name inside a title counts as a speaker only with a title (Dr, Mme) or an affiliation beside it. */
function hasEvidence(speaker: Speaker): boolean {
  return speaker.affiliation !== null || /^(?:M\.|Mme|Mr|Mrs|Ms|Dr|Pr|Prof|Cllr|Sir|Dame)/u.test(speaker.name);
}

/**
 * A line under a session: a chair line goes to the notes, a speaker list
 * ("Intervenants :", "Speakers:") or a speaker line to the speakers, anything
 * else to the notes. Returns whether the lines that follow continue a list
 * of speakers.
 */
function attachLine(session: Session, text: string, inSpeakerList: boolean): boolean {
  if (isChairLine(text)) {
    session.notes.push(text);
    return false;
  }
  const intro = speakerListIntro(text);
  if (intro !== null) {
    const speakers = intro ? parseSpeakerLine(intro, { listContext: true }) : [];
    if (speakers) session.speakers.push(...speakers);
    else session.notes.push(text);
    return true;
  }
  const speakers = parseSpeakerLine(text, { listContext: inSpeakerList });
  if (speakers) session.speakers.push(...speakers);
  else session.notes.push(text);
  return inSpeakerList;
}

/** A line that gave a session its last speakers. */
interface SpeakerLine {
  session: Session;
  text: string;
  /** How many of the session's speakers, counted from the end, it gave. */
  speakers: number;
  inList: boolean;
}

/** A typed line that goes on from the one above: a bracket, a lower-case word or "et"/"and" first. */
const CONTINUES_LINE = /^(?:\(|\p{Ll}|(?:et|and|&)\s)/u;
/** A line left unfinished: cut by the typist's line width, or ending on a comma or "et"/"and". */
const WRAP_WIDTH = 60;
const UNFINISHED = /(?:[,(]|\s(?:et|and|&))$/u;

/**
 * "Avec Mme A (club), M. B" then "(district) et Mme C (comité)": a list of
 * speakers typed over two lines. Read joined, the lines replace the speakers
 * the first one gave; null when the line does not continue it.
 */
function continueWrappedList(previous: SpeakerLine, text: string): SpeakerLine | null {
  if (!CONTINUES_LINE.test(text) || (previous.text.length < WRAP_WIDTH && !UNFINISHED.test(previous.text) && !text.startsWith('('))) return null;
  const joined = `${previous.text} ${text}`;
  const intro = speakerListIntro(joined);
  const speakers = intro !== null ? (intro ? parseSpeakerLine(intro, { listContext: true }) : null) : parseSpeakerLine(joined, { listContext: previous.inList });
  if (!speakers || speakers.length < previous.speakers) return null;
  previous.session.speakers.splice(-previous.speakers, previous.speakers, ...speakers);
  return { ...previous, text: joined, speakers: speakers.length };
}

/** Table layouts: time | title (with sub-lines) | speakers. */
function fillFromCells(session: Session, line: Line, warnings: ProgrammeWarning[]) {
  const cells = line.cells ?? [];
  // The time cell's lines that are not times (rare: "9h30 Accueil" in one cell) lead the title cell.
  const beside = (cells[0] ?? []).filter((l) => !parseTimeRange(l)).map((l) => matchLeadingTime(l)?.rest ?? l).filter(Boolean);
  const [title = '', ...subLines] = [...beside, ...(cells[1] ?? [])];
  session.title = title;
  let inList = false;
  for (const sub of subLines) inList = attachLine(session, sub, inList);
  // A speakers column lists people, one or several per line.
  for (const cell of cells.slice(2)) {
    inList = true;
    for (const text of cell) inList = attachLine(session, text, inList);
  }
  if (!title) warnings.push({ code: 'session-without-title', message: `the table row at ${session.start} has no title` });
}

/**
 * After the last session, where the practical part begins: a page break, a
 * heading, a wide gap, a paragraph of prose, or a short heading-like line
 * ("Practical information", "Inscriptions") with prose under it.
 */
function startsAnnex(line: Line, next: Line | undefined): boolean {
  if (line.pageBreakBefore || line.type === 'heading' || line.blankLinesBefore >= ANNEX_GAP) return true;
  if (isProse(line.text)) return true;
  const headingLike = line.type === 'paragraph' && line.text.split(/\s+/u).length <= 5 && !/[.,;]$/u.test(line.text) && /^\p{Lu}/u.test(line.text);
  return headingLike && next !== undefined && isProse(next.text);
}

/** Sentences, not an item's sub-line: many words, or sentence punctuation inside. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/u).length;
  return words >= 15 || (words >= 6 && /[.!?]\s+\p{Lu}|[.!?]$/u.test(text));
}

/** A day whose times go backwards may be a typo or a missing day heading: say so, keep the order as written. */
function orderWarnings(sessions: Session[]): ProgrammeWarning[] {
  const warnings: ProgrammeWarning[] = [];
  sessions.forEach((session, i) => {
    const previous = sessions[i - 1];
    if (previous && previous.date === session.date && session.start < previous.start) {
      warnings.push({ code: 'time-order', message: `"${session.title}" at ${session.start} comes after "${previous.title}" at ${previous.start} on the same day` });
    }
    if (session.end && session.end < session.start) {
      warnings.push({ code: 'end-before-start', message: `"${session.title}" ends (${session.end}) before it starts (${session.start})` });
    }
  });
  return warnings;
}

/** "Après-midi", "Morning session": a short name set apart above a session. */
function isPartName(line: Line): boolean {
  return line.blankLinesBefore > 0 && line.text.split(/\s+/u).length <= 3 && !/[\d.,;:!?–—]/u.test(line.text);
}
