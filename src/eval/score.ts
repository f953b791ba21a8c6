/**
 * Scores an extracted programme against its expected one, the way the
 * contract compares them: a session matches when its date and start are
 * equal and its title's word-overlap F1 is at least 0.8. On top of the
 * matched sessions: speaker-name F1, end-time accuracy and kind accuracy;
 * on the whole document: day accuracy (date + start + end) and whether the
 * title, venue and language are right.
 *
 * Counts are kept (not only ratios) so that fixtures can be summed into a
 * micro-averaged total.
 */

/** The part of a session the scorer reads (a `Session` of the model fits). */
export interface ScoredSession {
  date: string | null;
  start: string;
  end: string | null;
  title: string;
  kind?: string;
  speakers: { name: string }[];
}

export interface ScoredDay {
  date: string;
  start: string | null;
  end: string | null;
}

export interface ScoredVenue {
  name: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  access: string | null;
}

/** The part of a programme the scorer reads (a `Programme` of the model fits). */
export interface ScoredProgramme {
  language: string;
  title: string | null;
  days: ScoredDay[];
  venue: ScoredVenue | null;
  sessions: ScoredSession[];
}

export const TITLE_F1_THRESHOLD = 0.8;

export interface Counts {
  /** Sessions expected / found / matched. */
  expectedSessions: number;
  actualSessions: number;
  matchedSessions: number;
  /** Speaker names inside matched sessions. */
  expectedSpeakers: number;
  actualSpeakers: number;
  matchedSpeakers: number;
  /** Matched sessions whose end (null included) / kind is right. */
  correctEnds: number;
  correctKinds: number;
  /** Days right (date, start and end) out of max(expected, found). */
  correctDays: number;
  dayDenominator: number;
}

export interface Score {
  counts: Counts;
  sessionPrecision: number;
  sessionRecall: number;
  sessionF1: number;
  speakerPrecision: number;
  speakerRecall: number;
  speakerF1: number;
  endAccuracy: number;
  kindAccuracy: number;
  dayAccuracy: number;
}

export interface FixtureScore extends Score {
  titleCorrect: boolean;
  venueCorrect: boolean;
  languageCorrect: boolean;
  /** Expected sessions nobody matched, and found sessions that match nothing: what to look at. */
  missed: string[];
  spurious: string[];
  /** For matched sessions: what differs (speaker names, end, kind), one line each. */
  differences: string[];
}

/** The contract's white-space rule: any run of white space (no-break spaces included) is one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Lower-cased words (letters and digits), in order, duplicates kept. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word-overlap F1 of two texts (bag of words). Two empty texts agree. */
export function wordF1(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const overlap = multisetOverlap(left, right);
  if (overlap === 0) return 0;
  const precision = overlap / left.length;
  const recall = overlap / right.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Size of the multiset intersection. */
export function multisetOverlap(left: readonly string[], right: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const item of right) counts.set(item, (counts.get(item) ?? 0) + 1);
  let overlap = 0;
  for (const item of left) {
    const remaining = counts.get(item) ?? 0;
    if (remaining > 0) {
      overlap += 1;
      counts.set(item, remaining - 1);
    }
  }
  return overlap;
}

export interface SessionMatch {
  expected: number;
  actual: number;
  titleF1: number;
}

/**
 * Pairs expected and found sessions one to one: candidates share date and
 * start and have title F1 ≥ 0.8; the best-scoring pairs are taken first
 * (ties by position) so the result does not depend on iteration luck.
 */
export function matchSessions(expected: readonly ScoredSession[], actual: readonly ScoredSession[]): SessionMatch[] {
  const candidates: SessionMatch[] = [];
  expected.forEach((e, i) => {
    actual.forEach((a, j) => {
      if (e.date !== a.date || e.start !== a.start) return;
      const titleF1 = wordF1(e.title, a.title);
      if (titleF1 >= TITLE_F1_THRESHOLD) candidates.push({ expected: i, actual: j, titleF1 });
    });
  });
  candidates.sort((x, y) => y.titleF1 - x.titleF1 || x.expected - y.expected || x.actual - y.actual);
  const usedExpected = new Set<number>();
  const usedActual = new Set<number>();
  const matches: SessionMatch[] = [];
  for (const candidate of candidates) {
    if (usedExpected.has(candidate.expected) || usedActual.has(candidate.actual)) continue;
    usedExpected.add(candidate.expected);
    usedActual.add(candidate.actual);
    matches.push(candidate);
  }
  return matches.sort((x, y) => x.expected - y.expected);
}

const speakerNames = (session: ScoredSession) => session.speakers.map((s) => normaliseSpace(s.name));

function dayKey(day: ScoredDay): string {
  return `${day.date} ${day.start ?? '-'} ${day.end ?? '-'}`;
}

function zeroCounts(): Counts {
  return {
    expectedSessions: 0,
    actualSessions: 0,
    matchedSessions: 0,
    expectedSpeakers: 0,
    actualSpeakers: 0,
    matchedSpeakers: 0,
    correctEnds: 0,
    correctKinds: 0,
    correctDays: 0,
    dayDenominator: 0,
  };
}

/** Counts for one fixture. */
export function countFixture(expected: ScoredProgramme, actual: ScoredProgramme): { counts: Counts; matches: SessionMatch[] } {
  const matches = matchSessions(expected.sessions, actual.sessions);
  const counts: Counts = {
    ...zeroCounts(),
    expectedSessions: expected.sessions.length,
    actualSessions: actual.sessions.length,
    matchedSessions: matches.length,
    dayDenominator: Math.max(expected.days.length, actual.days.length),
  };
  for (const match of matches) {
    const e = expected.sessions[match.expected]!;
    const a = actual.sessions[match.actual]!;
    const eNames = speakerNames(e);
    const aNames = speakerNames(a);
    counts.expectedSpeakers += eNames.length;
    counts.actualSpeakers += aNames.length;
    counts.matchedSpeakers += multisetOverlap(eNames, aNames);
    if (e.end === a.end) counts.correctEnds += 1;
    if (e.kind === a.kind) counts.correctKinds += 1;
  }
  const actualDays = new Set(actual.days.map(dayKey));
  counts.correctDays = expected.days.filter((d) => actualDays.has(dayKey(d))).length;
  return { counts, matches };
}

/** Ratio with the convention that nothing asked and nothing given is perfect. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Ratios from counts (one fixture's or a sum of them). */
export function scoreCounts(counts: Counts): Score {
  const sessionPrecision = ratio(counts.matchedSessions, counts.actualSessions);
  const sessionRecall = ratio(counts.matchedSessions, counts.expectedSessions);
  const speakerPrecision = ratio(counts.matchedSpeakers, counts.actualSpeakers);
  const speakerRecall = ratio(counts.matchedSpeakers, counts.expectedSpeakers);
  return {
    counts,
    sessionPrecision,
    sessionRecall,
    sessionF1: f1(sessionPrecision, sessionRecall),
    speakerPrecision,
    speakerRecall,
    speakerF1: f1(speakerPrecision, speakerRecall),
    endAccuracy: ratio(counts.correctEnds, counts.matchedSessions),
    kindAccuracy: ratio(counts.correctKinds, counts.matchedSessions),
    dayAccuracy: ratio(counts.correctDays, counts.dayDenominator),
  };
}

export function sumCounts(all: readonly Counts[]): Counts {
  const total = zeroCounts();
  for (const counts of all) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
  }
  return total;
}

function sameVenue(a: ScoredVenue | null, b: ScoredVenue | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = ['name', 'address', 'postalCode', 'city', 'access'] as const;
  return keys.every((k) => normaliseSpace(a[k] ?? '') === normaliseSpace(b[k] ?? '') && (a[k] === null) === (b[k] === null));
}

const describeSession = (s: ScoredSession) => `${s.date ?? '-'} ${s.start} ${normaliseSpace(s.title)}`;

function describeDifferences(e: ScoredSession, a: ScoredSession): string[] {
  const where = `${e.date ?? '-'} ${e.start}`;
  const lines: string[] = [];
  const eNames = JSON.stringify(speakerNames(e));
  const aNames = JSON.stringify(speakerNames(a));
  if (eNames !== aNames) lines.push(`${where} speakers ${eNames} ≠ ${aNames}`);
  if (e.end !== a.end) lines.push(`${where} end ${e.end ?? 'null'} ≠ ${a.end ?? 'null'}`);
  if (e.kind !== a.kind) lines.push(`${where} kind ${e.kind ?? '?'} ≠ ${a.kind ?? '?'} (${normaliseSpace(e.title)})`);
  return lines;
}

/** Everything the eval reports for one fixture. */
export function scoreFixture(expected: ScoredProgramme, actual: ScoredProgramme): FixtureScore {
  const { counts, matches } = countFixture(expected, actual);
  const matchedExpected = new Set(matches.map((m) => m.expected));
  const matchedActual = new Set(matches.map((m) => m.actual));
  return {
    ...scoreCounts(counts),
    titleCorrect: normaliseSpace(expected.title ?? '') === normaliseSpace(actual.title ?? '') && (expected.title === null) === (actual.title === null),
    venueCorrect: sameVenue(expected.venue, actual.venue),
    languageCorrect: expected.language === actual.language,
    missed: expected.sessions.filter((_, i) => !matchedExpected.has(i)).map(describeSession),
    spurious: actual.sessions.filter((_, j) => !matchedActual.has(j)).map(describeSession),
    differences: matches.flatMap((m) => describeDifferences(expected.sessions[m.expected]!, actual.sessions[m.actual]!)),
  };
}

/** A programme that found nothing: what a fixture scores when extraction fails. */
export const EMPTY_PROGRAMME: ScoredProgramme = { language: '', title: null, days: [], venue: null, sessions: [] };
