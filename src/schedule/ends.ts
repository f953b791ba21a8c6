/**
 * When each session ends, for the exports that need an end (a calendar event
 * must have one). The JSON keeps `end: null` where the document gives none;
 * this inference lives here, outside the model, so it is never mistaken for
 * something the document said.
 */
import type { Day, Programme, Session } from '../model/programme.js';
import { addMinutes, endAfterStart, minutesOf, timeOf, type LocalDateTime } from './clock.js';

/** Where a session's end comes from, most trustworthy first. */
export type EndSource =
  /** Written in the document. */
  | 'written'
  /** The start of the next later session on the same date. */
  | 'next-session'
  /** The end of the session's day (`days[].end`). */
  | 'day-end'
  /** Nothing to go by: the start plus `DEFAULT_DURATION_MINUTES`. */
  | 'default-duration';

/** Last resort when neither a later session nor the day's end bounds a session. */
export const DEFAULT_DURATION_MINUTES = 60;

export interface DatedSession {
  session: Session;
  /** Index in `programme.sessions`. */
  index: number;
  start: LocalDateTime;
  end: LocalDateTime;
  endSource: EndSource;
}

/**
 * Every session that has a date, with a start and an end on the calendar.
 * Sessions with `date: null` cannot be placed and are left out (the caller
 * decides how to say so). An end earlier than (or equal to) the start is read
 * as past midnight: a session from 22:00 to 01:00 ends the next day.
 */
export function datedSessions(programme: Programme): DatedSession[] {
  const dayByDate = new Map<string, Day>(programme.days.map((day) => [day.date, day]));
  const result: DatedSession[] = [];
  programme.sessions.forEach((session, index) => {
    if (session.date === null) return;
    const start: LocalDateTime = { date: session.date, time: session.start };
    const { time, source } = inferEnd(session, programme.sessions, dayByDate.get(session.date));
    result.push({ session, index, start, end: endAfter(start, time), endSource: source });
  });
  return result;
}

function inferEnd(
  session: Session,
  sessions: readonly Session[],
  day: Day | undefined,
): { time: string | null; source: EndSource } {
  if (session.end !== null) return { time: session.end, source: 'written' };
  const next = nextStartSameDate(session, sessions);
  if (next !== null) return { time: next, source: 'next-session' };
  if (day?.end != null && endsAfter(session.start, day)) return { time: day.end, source: 'day-end' };
  return { time: null, source: 'default-duration' };
}

/** The earliest start later than this session's, on the same date (parallel sessions share a start). */
function nextStartSameDate(session: Session, sessions: readonly Session[]): string | null {
  const start = minutesOf(session.start);
  let best: number | null = null;
  for (const other of sessions) {
    if (other.date !== session.date) continue;
    const otherStart = minutesOf(other.start);
    if (otherStart > start && (best === null || otherStart < best)) best = otherStart;
  }
  return best === null ? null : timeOf(best);
}

/**
 * Whether the day's end comes after a session starting at `start`: later the
 * same evening, or past midnight when the day itself runs overnight
 * (its end before its start, e.g. 20:00–02:00).
 */
function endsAfter(start: string, day: Day): boolean {
  const end = minutesOf(day.end!);
  if (end > minutesOf(start)) return true;
  return day.start !== null && end < minutesOf(day.start) && end < minutesOf(start);
}

function endAfter(start: LocalDateTime, end: string | null): LocalDateTime {
  return end === null ? addMinutes(start, DEFAULT_DURATION_MINUTES) : endAfterStart(start, end);
}
