/** Wall-clock arithmetic on the model's `HH:MM` times and `YYYY-MM-DD` dates, time-zone free. */

export const MINUTES_PER_DAY = 24 * 60;

/** `"09:30"` → 570. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 570 → `"09:30"` (wraps past midnight). */
export function timeOf(minutes: number): string {
  const inDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

/** The calendar date `days` after an ISO date (UTC arithmetic: no DST involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return shifted.toISOString().slice(0, 10);
}

/** A date and a wall-clock time, not yet placed in a time zone. */
export interface LocalDateTime {
  date: string;
  time: string;
}

/** `start` + `minutes`, rolling over to the next date(s) past midnight. */
export function addMinutes(start: LocalDateTime, minutes: number): LocalDateTime {
  const total = minutesOf(start.time) + minutes;
  return { date: addDays(start.date, Math.floor(total / MINUTES_PER_DAY)), time: timeOf(total) };
}

/** The date-time an `end` time closes a span begun at `start`: an end at or before the start is past midnight. */
export function endAfterStart(start: LocalDateTime, end: string): LocalDateTime {
  const sameDay = minutesOf(end) > minutesOf(start.time);
  return { date: sameDay ? start.date : addDays(start.date, 1), time: end };
}
