/**
 * What the CLI prints while a batch runs, all on stderr:
 *
 * - on a terminal (and not in CI), a progress bar with counts and the file
 *   being converted, failures printed above it;
 * - otherwise plain lines: one per failed input (`programme: FILE: REASON`),
 *   plus one per converted file with `--verbose`;
 * - at the end a summary: converted, failed with reasons grouped, time.
 *
 * Lines come out in input order whatever the order workers finish in, so
 * that a batch's messages do not depend on `--jobs`.
 */
import { relative } from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import type { PlannedJob } from '../batch/inputs.js';
import type { JobOutcome } from '../batch/run.js';

export interface Reporter {
  start(job: PlannedJob): void;
  done(outcome: JobOutcome): void;
  finish(outcomes: JobOutcome[], elapsedMs: number): void;
}

export interface ReporterOptions {
  verbose: boolean;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

export function createReporter(total: number, { verbose, stream = process.stderr, env = process.env }: ReporterOptions): Reporter {
  const bar = total > 0 && isInteractive(stream, env) ? progressBar(total, stream) : undefined;
  const print = (line: string) => (bar ? bar.log(`${line}\n`) : stream.write(`${line}\n`));
  const inOrder = orderedLines(print);
  let finished = 0;
  let failed = 0;

  return {
    start(job) {
      inOrder.expect(job);
      bar?.update(finished, { failed, file: shorten(displayPath(job.input), Math.max(16, (stream.columns || 80) - 56)) });
    },
    done(outcome) {
      finished += 1;
      if (outcome.error) failed += 1;
      bar?.update(finished, { failed });
      inOrder.settle(outcome.job, linesFor(outcome, verbose));
    },
    finish(outcomes, elapsedMs) {
      bar?.stop();
      stream.write(`${summary(total, outcomes, elapsedMs)}\n`);
    },
  };
}

/** A terminal a person watches: not piped, not CI, not a dumb terminal. */
export function isInteractive(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stream.isTTY === true && !ci && env.TERM !== 'dumb';
}

function progressBar(total: number, stream: NodeJS.WriteStream) {
  const bars = new MultiBar(
    {
      stream,
      format: ' {bar} {value}/{total} files | {failed} failed | {file}',
      // Neither hidden cursor nor disabled line wrapping: an interrupted run
      // would leave the terminal that way. Lines are cut to fit instead.
      hideCursor: false,
      linewrap: null,
      clearOnComplete: true,
      barsize: 24,
      fps: 10,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { failed: 0, file: '' });
  return {
    update: (value: number, payload: Record<string, unknown>) => bar.update(value, payload),
    // Redrawn at once, so a failure shows as it happens; and before stopping,
    // which would otherwise drop lines still in the bar's log buffer.
    log: (text: string) => {
      bars.log(text);
      bars.update();
    },
    stop: () => {
      bars.update();
      bars.stop();
    },
  };
}

function linesFor(outcome: JobOutcome, verbose: boolean): string[] {
  const input = outcome.job.input;
  if (outcome.error) {
    const lines = [`programme: ${input}: ${outcome.error}`];
    if (verbose && outcome.stack) lines.push(outcome.stack);
    return lines;
  }
  if (!verbose || !outcome.result) return [];
  const warnings = outcome.result.warnings.length;
  const outputs = outcome.result.outputs.map(displayPath).join(', ');
  return [`converted ${input} → ${outputs}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`];
}

/** Holds each job's lines until every job started before it has printed its own. */
function orderedLines(print: (line: string) => void) {
  const queue: Array<{ job: PlannedJob; lines?: string[] }> = [];
  return {
    expect(job: PlannedJob) {
      queue.push({ job });
    },
    settle(job: PlannedJob, lines: string[]) {
      const entry = queue.find((e) => e.job === job && !e.lines);
      if (entry) entry.lines = lines;
      else lines.forEach(print);
      while (queue[0]?.lines) queue.shift()!.lines!.forEach(print);
    },
  };
}

/** `converted 198 of 200, failed 2 (1 corrupt, 1 timeout) in 5.2 s` */
export function summary(total: number, outcomes: JobOutcome[], elapsedMs: number): string {
  if (total === 0) return 'programme: no input file found';
  const failed = outcomes.filter((o) => o.error);
  const counts = new Map<string, number>();
  for (const o of failed) counts.set(o.reason ?? 'error', (counts.get(o.reason ?? 'error') ?? 0) + 1);
  const grouped = [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  const seconds = (elapsedMs / 1000).toFixed(1);
  return `converted ${total - failed.length} of ${total}${failed.length ? `, failed ${failed.length} (${grouped})` : ''} in ${seconds} s`;
}

const displayPath = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

const shorten = (text: string, width: number) => (text.length <= width ? text : `…${text.slice(text.length - width + 1)}`);
