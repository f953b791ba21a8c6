// The eval's scorer (src/eval/score.ts) and the development corpus it reads (fixtures/programmes/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFixtures } from '../src/eval/fixtures.js';
import { EMPTY_PROGRAMME, matchSessions, scoreCounts, scoreFixture, sumCounts, wordF1, type ScoredProgramme } from '../src/eval/score.js';
import { ProgrammeSchema } from '../src/model/programme.js';
import { ROOT, SHARED } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures', 'programmes');
const fixtures = listFixtures(FIXTURES);
const seed = JSON.parse(readFileSync(join(SHARED, 'contract', 'programme-rtes-2013-12-19.expected.json'), 'utf8')) as ScoredProgramme;
const copy = <T>(value: T): T => structuredClone(value);

describe('wordF1', () => {
  test('identical titles score 1, disjoint ones 0, case and punctuation ignored', () => {
    expect(wordF1('Accueil café', 'accueil, café !')).toBe(1);
    expect(wordF1('Accueil café', 'Déjeuner')).toBe(0);
  });

  test('bag of words: 4 of 5 words shared scores exactly 0.8, 3 of 5 less', () => {
    expect(wordF1('one two three four five', 'one two three four')).toBeCloseTo(8 / 9);
    expect(wordF1('a b c d e', 'a b c d f')).toBeCloseTo(0.8);
    expect(wordF1('a b c d e', 'a b c f g')).toBeCloseTo(0.6);
  });
});

describe('matchSessions: same date, same start and title F1 ≥ 0.8', () => {
  const session = { date: '2020-01-01', start: '09:00', end: null, title: 'a b c d e', speakers: [] };

  test('a title at exactly 0.8 matches, below does not', () => {
    expect(matchSessions([session], [{ ...session, title: 'a b c d f' }])).toHaveLength(1);
    expect(matchSessions([session], [{ ...session, title: 'a b c f g' }])).toHaveLength(0);
  });

  test('another start or another date never matches', () => {
    expect(matchSessions([session], [{ ...session, start: '09:30' }])).toHaveLength(0);
    expect(matchSessions([session], [{ ...session, date: null }])).toHaveLength(0);
  });

  test('one to one: a duplicated session matches once, the best title first', () => {
    const near = { ...session, title: 'a b c d f' };
    const matches = matchSessions([session], [near, session]);
    expect(matches).toEqual([{ expected: 0, actual: 1, titleF1: 1 }]);
    expect(matchSessions([session, session], [session])).toHaveLength(1);
  });
});

describe('scoreFixture', () => {
  test('a programme scored against itself is perfect', () => {
    const score = scoreFixture(seed, copy(seed));
    expect(score).toMatchObject({ sessionF1: 1, speakerF1: 1, endAccuracy: 1, kindAccuracy: 1, dayAccuracy: 1, titleCorrect: true, venueCorrect: true, languageCorrect: true });
    expect(score.missed).toEqual([]);
    expect(score.spurious).toEqual([]);
    expect(score.differences).toEqual([]);
  });

  test('white space differences (no-break spaces included) do not count', () => {
    const actual = copy(seed);
    actual.title = ` ${actual.title!.replace(/ /gu, '\u00a0 ')} `;
    actual.sessions[1]!.speakers[0]!.name = 'Henri\u00a0 Arévalo';
    expect(scoreFixture(seed, actual)).toMatchObject({ titleCorrect: true, speakerF1: 1 });
  });

  test('a dropped session lowers recall, an invented one precision', () => {
    const fewer = copy(seed);
    fewer.sessions.splice(3, 1);
    const dropped = scoreFixture(seed, fewer);
    expect(dropped.sessionPrecision).toBe(1);
    expect(dropped.sessionRecall).toBeCloseTo(10 / 11);
    expect(dropped.missed).toHaveLength(1);

    const more = copy(seed);
    more.sessions.push({ date: '2013-12-19', start: '17:00', end: null, title: 'Henri Arévalo, vice-président du RTES', speakers: [] });
    const invented = scoreFixture(seed, more);
    expect(invented.sessionRecall).toBe(1);
    expect(invented.sessionPrecision).toBeCloseTo(11 / 12);
    expect(invented.spurious).toEqual(['2013-12-19 17:00 Henri Arévalo, vice-président du RTES']);
  });

  test('a speaker line glued to the title breaks the match (F1 < 0.8)', () => {
    const actual = copy(seed);
    const session = actual.sessions[1]!;
    session.title = `${session.title} Henri Arévalo, vice-président du RTES, et Sébastien Cornu`;
    expect(scoreFixture(seed, actual).counts.matchedSessions).toBe(10);
  });

  test('speakers, ends, kinds, days, venue and language are each scored', () => {
    const actual = copy(seed);
    actual.sessions[3]!.speakers.pop();
    actual.sessions[6]!.speakers.push({ name: 'Plaine Commune' });
    actual.sessions[1]!.end = null;
    actual.sessions[0]!.kind = 'talk';
    actual.days[0]!.end = null;
    actual.venue = { ...actual.venue!, postalCode: '94 270' };
    actual.language = 'en';
    const score = scoreFixture(seed, actual);
    // 7 expected names, 7 found (one dropped, one invented), 6 shared.
    expect(score.speakerPrecision).toBeCloseTo(6 / 7);
    expect(score.speakerRecall).toBeCloseTo(6 / 7);
    expect(score.endAccuracy).toBeCloseTo(10 / 11);
    expect(score.kindAccuracy).toBeCloseTo(10 / 11);
    expect(score.dayAccuracy).toBe(0);
    expect(score).toMatchObject({ venueCorrect: false, languageCorrect: false, titleCorrect: true, sessionF1: 1 });
    expect(score.differences).toContain('2013-12-19 09:30 end 09:50 ≠ null');
  });

  test('extra days count against day accuracy', () => {
    const actual = copy(seed);
    actual.days.push({ date: '2013-12-20', start: null, end: null });
    expect(scoreFixture(seed, actual).dayAccuracy).toBe(0.5);
  });

  test('an extraction that failed scores zero, and summing fixtures micro-averages', () => {
    const failed = scoreFixture(seed, EMPTY_PROGRAMME);
    expect(failed).toMatchObject({ sessionRecall: 0, sessionF1: 0, dayAccuracy: 0, titleCorrect: false, venueCorrect: false });
    const total = scoreCounts(sumCounts([failed.counts, scoreFixture(seed, copy(seed)).counts]));
    expect(total.sessionRecall).toBe(0.5);
    expect(total.sessionPrecision).toBe(1);
  });
});

describe('the development corpus', () => {
  test('has at least 14 programmes, French and English, from every producer', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    const languages = fixtures.map((f) => f.expected.language);
    expect(languages.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(3);
    expect(languages.filter((l) => l === 'fr').length).toBeGreaterThanOrEqual(3);
    const extensions = new Set(fixtures.map((f) => f.inputPath.split('.').pop()));
    expect([...extensions].sort()).toEqual(['doc', 'docx', 'md', 'txt']);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s: expected.json is a valid programme', (_, fixture) => {
    const programme = { ...fixture.expected, source: { file: 'x.docx', format: 'docx', sha256: '0'.repeat(64) }, warnings: [] };
    const parsed = ProgrammeSchema.safeParse(programme);
    expect(parsed.success, parsed.error?.message).toBe(true);
    // Sessions lie on a day the programme names, in order within their day.
    const dates = new Set(fixture.expected.days.map((d) => d.date));
    for (const s of fixture.expected.sessions) expect(dates.has(s.date!)).toBe(true);
  });
});
