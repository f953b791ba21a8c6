// Regression guard: the parser on every fixture set (the development corpus and
// the held-out sets, each already measured once blind, see their READMEs) keeps
// the targets. A set falling below them is a regression, not noise: the
// pipeline is deterministic.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFixtures } from '../src/eval/fixtures.js';
import { scoreCounts, scoreFixture, sumCounts } from '../src/eval/score.js';
import { extractProgramme } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

const SETS = ['programmes', ...readdirSync(join(ROOT, 'fixtures')).filter((name) => /^holdout(?:-\d+)?$/u.test(name)).sort()];

describe('every fixture set meets the parser targets', () => {
  test.each(SETS)('%s', async (set) => {
    const fixtures = listFixtures(join(ROOT, 'fixtures', set));
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    const scores = [];
    for (const fixture of fixtures) {
      const actual = await extractProgramme(readFileSync(fixture.inputPath), basename(fixture.inputPath));
      scores.push(scoreFixture(fixture.expected, actual));
    }
    const overall = scoreCounts(sumCounts(scores.map((s) => s.counts)));
    expect(overall.sessionF1).toBeGreaterThanOrEqual(0.95);
    expect(overall.speakerF1).toBeGreaterThanOrEqual(0.9);
    expect(overall.endAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(overall.dayAccuracy).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
