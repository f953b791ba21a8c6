/**
 * `npm run bench`: how fast, how big. Prints, side by side in one run:
 *
 * - time per stage (read, clean, parse, each renderer) for the seed .docx and
 *   a generated 50-page programme, cold (first file in a fresh process) and
 *   warm (median of the following runs: what a batch worker pays per file);
 * - whole-process time of `programme convert` for one file (json, md, pdf),
 *   and, where installed, `pandoc -t gfm` and LibreOffice's PDF export on the
 *   same file, with the ratios;
 * - documents per second for a batch of 200 seed-sized programmes with 1 and
 *   2 workers, and the peak memory (RSS of the whole process, all threads).
 *
 * Machines are shared and noisy: every figure is a median of several runs,
 * and comparisons are made within this one run. NODE_EXTRA_CA_CERTS (set on
 * some machines, ~110 ms per Node start) is unset for every timed command.
 * Needs a built dist/ (`npm run build`).
 *
 *   node scripts/bench.mjs [--runs N] [--batch-runs N] [--batch-size N] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateFixtures } from './bench/fixtures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'batch-runs': { type: 'string', default: '3' },
    'batch-size': { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const BATCH_RUNS = Number(args['batch-runs']);
const BATCH_SIZE = Number(args['batch-size']);

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

/** The environment of every timed command: no extra CA file to parse at start-up, no progress bar. */
const ENV = { ...process.env, CI: '1' };
delete ENV.NODE_EXTRA_CA_CERTS;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)).padStart(7) + ' ms';
const ratio = (n) => `${n.toFixed(2)}×`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;

function run(command, commandArgs, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { env: ENV, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, ...options });
  const elapsed = performance.now() - started;
  if (result.error || (result.status !== 0 && !options.allowFailure)) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.error?.message ?? result.stderr}`);
  }
  return { elapsed, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Median wall time of `runs` runs of a command (after one untimed warm-up that fills the file cache). */
function timeCommand(command, commandArgs, runs, options) {
  run(command, commandArgs, options);
  return median(Array.from({ length: runs }, () => run(command, commandArgs, options).elapsed));
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;

/** An outside tool's median time, or undefined (with a note) if it is missing or fails. */
function timeTool(label, command, commandArgs, runs) {
  if (!has(command)) {
    console.log(`    ${label}: not installed, skipped`);
    return undefined;
  }
  try {
    return timeCommand(command, commandArgs, runs);
  } catch (error) {
    console.log(`    ${label}: failed, skipped (${error.message.split('\n')[0].slice(0, 120)})`);
    return undefined;
  }
}

const work = mkdtempSync(join(tmpdir(), 'programme-bench-'));
const outDir = (name) => join(work, 'out', name);
try {
  console.log(`programme-pipeline benchmark: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`);
  console.log(`Medians of ${RUNS} runs (batches: ${BATCH_RUNS}); NODE_EXTRA_CA_CERTS is unset for every timed command.`);
  const fixtures = await generateFixtures(join(work, 'in'), { batchSize: BATCH_SIZE });
  const files = [
    ['seed .docx', fixtures.seed],
    ['50-page .docx', fixtures.long],
  ];

  // Stages, in a fresh process per file.
  const stages = files.map(([, file]) => JSON.parse(run(process.execPath, [join(ROOT, 'scripts/bench/stages.mjs'), file, String(RUNS)]).stdout));
  console.log('\nTime per stage, library API (warm: median per file once loaded; cold: first file in a fresh process)');
  console.log(`  ${'stage'.padEnd(16)}${files.map(([label]) => `${label} warm`.padStart(20) + 'cold'.padStart(12)).join('')}`);
  console.log(`  ${'import dist'.padEnd(16)}${stages.map((s) => ''.padStart(20) + ms(s.importMs).padStart(12)).join('')}`);
  for (const stage of Object.keys(stages[0].cold)) {
    const cells = stages.map((s) => ms(median(s.warm.map((w) => w[stage]))).padStart(20) + ms(s.cold[stage]).padStart(12));
    console.log(`  ${stage.padEnd(16)}${cells.join('')}`);
  }
  const total = (s, pick) => Object.values(pick(s)).reduce((a, b) => a + b, 0);
  console.log(
    `  ${'total'.padEnd(16)}${stages.map((s) => ms(median(s.warm.map((w) => total(w, (x) => x)))).padStart(20) + ms(total(s, (x) => x.cold) + s.importMs).padStart(12)).join('')}`,
  );

  // Whole process, one file, against pandoc and LibreOffice.
  const cli = join(ROOT, 'bin', 'programme.js');
  console.log('\nWhole process, one file (wall time, median)');
  const targets = [];
  for (const [label, file] of files) {
    const all = timeCommand(process.execPath, [cli, 'convert', file, '--out-dir', outDir('one'), '--jobs', '1'], RUNS);
    const mdOnly = timeCommand(process.execPath, [cli, 'convert', file, '--out-dir', outDir('one-md'), '--jobs', '1', '--formats', 'md'], RUNS);
    const seed = label.startsWith('seed');
    console.log(`  ${label}`);
    console.log(`    programme convert (json, md, pdf) ${ms(all)}`);
    console.log(`    programme convert --formats md    ${ms(mdOnly)}`);
    const gfm = timeTool('pandoc -t gfm', 'pandoc', ['-f', 'docx', '-t', 'gfm', file, '-o', join(work, 'pandoc.md')], RUNS);
    if (gfm !== undefined) {
      console.log(`    pandoc -t gfm                     ${ms(gfm)}   programme (3 formats) / pandoc (md): ${ratio(all / gfm)}`);
      if (seed) targets.push([`one file, 3 outputs, under 3× pandoc -t gfm`, all / gfm < 3, ratio(all / gfm)]);
    }
    // A profile of its own, so that no other LibreOffice instance is disturbed.
    const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
    const pdf = timeTool('soffice (LibreOffice)', 'soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', outDir('soffice'), file], Math.min(RUNS, 3));
    if (pdf !== undefined) {
      console.log(`    soffice --convert-to pdf          ${ms(pdf)}   LibreOffice / programme: ${ratio(pdf / all)}`);
      if (seed) targets.push([`one file at least 6× faster than LibreOffice's PDF`, pdf / all >= 6, ratio(pdf / all)]);
    }
  }

  // Batch throughput and peak memory.
  console.log(`\nBatch of ${BATCH_SIZE} seed-sized .docx programmes, json + md + pdf (whole process, median of ${BATCH_RUNS})`);
  const rssFile = join(work, 'rss');
  for (const jobs of [1, 2]) {
    const times = [];
    const peaks = [];
    for (let i = 0; i < BATCH_RUNS; i++) {
      rmSync(outDir('batch'), { recursive: true, force: true });
      const { elapsed } = run(process.execPath, [join(ROOT, 'scripts/bench/cli.mjs'), 'convert', fixtures.batch, '--out-dir', outDir('batch'), '--jobs', String(jobs)], {
        env: { ...ENV, BENCH_RSS_FILE: rssFile },
      });
      times.push(elapsed);
      peaks.push(Number(readFileSync(rssFile, 'utf8')));
    }
    const perSecond = BATCH_SIZE / (median(times) / 1000);
    console.log(`  ${jobs} worker${jobs > 1 ? 's' : ' '}  ${perSecond.toFixed(1).padStart(6)} documents/s  (${(median(times) / 1000).toFixed(2)} s)   peak memory ${mib(Math.max(...peaks))}`);
    if (jobs === 2) {
      targets.push([`batch at 40 documents/s or more (2 workers)`, perSecond >= 40, `${perSecond.toFixed(1)}/s`]);
      targets.push([`batch peak memory under 300 MiB`, Math.max(...peaks) / 1024 < 300, mib(Math.max(...peaks))]);
    }
  }

  console.log(`\nTargets (seed-sized programme; set for a 2-core machine, this one has ${availableParallelism()})`);
  for (const [label, met, figure] of targets) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${label}: ${figure}`);
} finally {
  if (args.keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
