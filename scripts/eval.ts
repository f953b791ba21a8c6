/**
 * `npm run eval`: runs the pipeline on every programme of the development
 * corpus (fixtures/programmes/) and scores it against its expected.json
 * (src/eval/score.ts). Prints a table, or JSON with `--json`; `--verbose`
 * also lists missed and spurious sessions and, for matched ones, differing speakers, ends and kinds. Always exits 0: it is a measure,
 * not a test.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { listFixtures } from '../src/eval/fixtures.js';
import { EMPTY_PROGRAMME, scoreCounts, scoreFixture, sumCounts, type FixtureScore, type Score, type ScoredProgramme } from '../src/eval/score.js';
import { extractProgramme } from '../src/pipeline.js';

const ROOT = resolve(import.meta.dirname, '..');
const TARGETS = { sessionF1: 0.95, speakerF1: 0.9, endAccuracy: 0.95 } as const;

interface Row {
  name: string;
  error: string | null;
  score: FixtureScore;
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  // `--dir fixtures/holdout` scores another set laid out the same way (default: the development corpus).
  const dirArg = args.indexOf('--dir');
  const fixtures = listFixtures(dirArg >= 0 && args[dirArg + 1] ? resolve(ROOT, args[dirArg + 1]!) : join(ROOT, 'fixtures', 'programmes'));
  const rows: Row[] = [];
  for (const fixture of fixtures) {
    let actual: ScoredProgramme = EMPTY_PROGRAMME;
    let error: string | null = null;
    try {
      actual = await extractProgramme(readFileSync(fixture.inputPath), basename(fixture.inputPath));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    rows.push({ name: fixture.name, error, score: scoreFixture(fixture.expected, actual) });
  }
  const overall = scoreCounts(sumCounts(rows.map((r) => r.score.counts)));
  const summary = {
    fixtures: rows.length,
    titleCorrect: rows.filter((r) => r.score.titleCorrect).length,
    venueCorrect: rows.filter((r) => r.score.venueCorrect).length,
    languageCorrect: rows.filter((r) => r.score.languageCorrect).length,
  };
  const targetsMet = {
    sessionF1: overall.sessionF1 >= TARGETS.sessionF1,
    speakerF1: overall.speakerF1 >= TARGETS.speakerF1,
    endAccuracy: overall.endAccuracy >= TARGETS.endAccuracy,
  };
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ fixtures: rows, overall, summary, targets: TARGETS, targetsMet }, null, 2)}\n`);
    return;
  }
  process.stdout.write(table(rows, overall));
  process.stdout.write(
    `\ntitle ${summary.titleCorrect}/${summary.fixtures}   venue ${summary.venueCorrect}/${summary.fixtures}   language ${summary.languageCorrect}/${summary.fixtures}\n` +
      `targets: session F1 ≥ ${TARGETS.sessionF1} ${mark(targetsMet.sessionF1)}   speaker F1 ≥ ${TARGETS.speakerF1} ${mark(targetsMet.speakerF1)}   end accuracy ≥ ${TARGETS.endAccuracy} ${mark(targetsMet.endAccuracy)}\n`,
  );
  for (const row of rows) {
    if (row.error) process.stdout.write(`\n${row.name}: extraction failed: ${row.error}\n`);
    if (!args.includes('--verbose')) continue;
    const { missed, spurious, differences } = row.score;
    if (missed.length + spurious.length + differences.length === 0 && row.score.titleCorrect) continue;
    process.stdout.write(`\n${row.name}\n`);
    if (!row.score.titleCorrect) process.stdout.write(`  title differs\n`);
    for (const s of missed) process.stdout.write(`  - missed   ${s}\n`);
    for (const s of spurious) process.stdout.write(`  + spurious ${s}\n`);
    for (const s of differences) process.stdout.write(`  ~ ${s}\n`);
  }
}

const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
const num = (x: number) => x.toFixed(2);
const yn = (ok: boolean) => (ok ? 'y' : 'n');

function table(rows: Row[], overall: Score): string {
  const header = ['fixture', 'exp', 'got', 'match', 'P', 'R', 'F1', 'spkF1', 'end', 'kind', 'days', 'title', 'venue', 'lang'];
  const line = (name: string, s: Score, flags: string[]) => [
    name,
    String(s.counts.expectedSessions),
    String(s.counts.actualSessions),
    String(s.counts.matchedSessions),
    num(s.sessionPrecision),
    num(s.sessionRecall),
    num(s.sessionF1),
    num(s.speakerF1),
    num(s.endAccuracy),
    num(s.kindAccuracy),
    num(s.dayAccuracy),
    ...flags,
  ];
  const body = rows.map((r) => line(r.error ? `${r.name} (failed)` : r.name, r.score, [yn(r.score.titleCorrect), yn(r.score.venueCorrect), yn(r.score.languageCorrect)]));
  const all = [header, ...body, line('OVERALL (micro)', overall, ['', '', ''])];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [format(header), rule, ...body.map(format), rule, format(all[all.length - 1]!)].join('\n') + '\n';
}

await run();
