// The batch reporter: when it shows a progress bar, the order of its lines, the summary.
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { PlannedJob } from '../src/batch/inputs.js';
import type { JobOutcome } from '../src/batch/run.js';
import { createReporter, isInteractive, summary } from '../src/cli/report.js';

/** A stream that records what is written, posing as a terminal or a pipe. */
function capture(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
  return { stream, text: () => chunks.join('') };
}

const job = (name: string): PlannedJob => ({ input: `/in/${name}`, outputStem: `/out/${name}` });
const converted = (j: PlannedJob): JobOutcome => ({ job: j, result: { input: j.input, outputs: [`${j.outputStem}.json`], warnings: [] } });
const failed = (j: PlannedJob, reason: string): JobOutcome => ({ job: j, error: `bad (${reason})`, reason });

describe('isInteractive', () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { CI: 'true' }, false],
    [true, { CI: '1' }, false],
    [true, { CI: 'false' }, true],
    [true, { CI: '' }, true],
    [true, { TERM: 'dumb' }, false],
  ])('tty %s, env %j → %s', (tty, env, expected) => {
    expect(isInteractive(capture(tty).stream, env)).toBe(expected);
  });
});

describe('plain output', () => {
  test('failure lines come out in input order, whatever order jobs finish in', () => {
    const { stream, text } = capture(false);
    const jobs = ['a', 'b', 'c', 'd'].map(job);
    const reporter = createReporter(jobs.length, { verbose: false, stream, env: {} });
    jobs.forEach((j) => reporter.start(j));
    const outcomes = [failed(jobs[0]!, 'corrupt'), converted(jobs[1]!), failed(jobs[2]!, 'timeout'), failed(jobs[3]!, 'corrupt')];
    for (const i of [3, 2, 1, 0]) reporter.done(outcomes[i]!);
    reporter.finish(outcomes, 1234);
    expect(text()).toBe(
      ['programme: /in/a: bad (corrupt)', 'programme: /in/c: bad (timeout)', 'programme: /in/d: bad (corrupt)', 'converted 1 of 4, failed 3 (2 corrupt, 1 timeout) in 1.2 s', ''].join('\n'),
    );
  });

  test('--verbose adds one line per converted file', () => {
    const { stream, text } = capture(false);
    const reporter = createReporter(1, { verbose: true, stream, env: {} });
    const j = job('a');
    reporter.start(j);
    reporter.done(converted(j));
    expect(text()).toBe('converted /in/a → /out/a.json\n');
  });
});

describe('on a terminal', () => {
  test('draws a progress bar with counts and the current file, prints failures, then the summary', () => {
    const { stream, text } = capture(true);
    const jobs = ['first.docx', 'second.docx'].map(job);
    const reporter = createReporter(jobs.length, { verbose: false, stream, env: {} });
    reporter.start(jobs[0]!);
    reporter.done(failed(jobs[0]!, 'corrupt'));
    reporter.start(jobs[1]!);
    reporter.done(converted(jobs[1]!));
    reporter.finish([failed(jobs[0]!, 'corrupt'), converted(jobs[1]!)], 500);
    const output = text();
    expect(output).toMatch(/\/2 files \| \d failed \| \/in\/first\.docx/u);
    expect(output).toContain('programme: /in/first.docx: bad (corrupt)\n');
    expect(output).toMatch(/converted 1 of 2, failed 1 \(1 corrupt\) in 0\.5 s\n$/u);
  });
});

describe('summary', () => {
  test('no input', () => {
    expect(summary(0, [], 10)).toBe('programme: no input file found');
  });
  test('ties between reasons are sorted by name', () => {
    const outcomes = [failed(job('a'), 'timeout'), failed(job('b'), 'corrupt')];
    expect(summary(2, outcomes, 0)).toBe('converted 0 of 2, failed 2 (1 corrupt, 1 timeout) in 0.0 s');
  });
});
