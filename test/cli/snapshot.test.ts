// The CLI started from its V8 startup snapshot (bin/programme.js → dist/snapshot/)
// and the CLI run in process must be indistinguishable: same files, byte for
// byte, same messages, same exit status. The snapshot must exist here
// (`npm run build` made it); PROGRAMME_SNAPSHOT=require makes the bin fail
// rather than quietly run the other path.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { workerHeapMb } from '../../src/batch/run.js';
import { SNAPSHOT_HEAP_MB, SNAPSHOT_MAX_FILES, SNAPSHOT_MAX_INPUT_BYTES } from '../../src/cli/in-process-batch.js';
import { ROOT, runCli, SEED_DOCX, SEED_TXT, tempDir, type CliRun } from '../helpers.js';

const BLOB = join(ROOT, 'dist', 'snapshot', 'programme.blob');
// A copy: another build (`npm run build`, any test run's setup) removes the
// blob's description while it makes a new one.
const COPY = join(tempDir(), 'programme.blob');
// Neither path may inherit options meant for the test runner's own Node.
// `require`: the run must be done from the snapshot, start to end.
const SNAPSHOT = { NODE_OPTIONS: '', PROGRAMME_SNAPSHOT: 'require', PROGRAMME_SNAPSHOT_BLOB: COPY };
/** The default: the snapshot when it can, else (it asks for workers, runs over time) the in-process CLI. */
const EITHER = { NODE_OPTIONS: '', PROGRAMME_SNAPSHOT_BLOB: COPY };
const IN_PROCESS = { NODE_OPTIONS: '', PROGRAMME_SNAPSHOT: 'off' };

beforeAll(async () => {
  for (let waited = 0; !existsSync(`${BLOB}.json`) && waited < 90_000; waited += 500) await new Promise((r) => setTimeout(r, 500));
  copyFileSync(`${BLOB}.json`, `${COPY}.json`);
  copyFileSync(BLOB, COPY);
});

/** Every file a run wrote, by name. */
function outputs(dir: string): Record<string, Buffer> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

/** stderr without the run's duration (`… in 0.4 s`). */
const withoutDuration = (stderr: string) => stderr.replace(/ in \d+(\.\d+)? s$/mu, ' in N s');

function runBoth(args: (outDir: string) => string[], env: NodeJS.ProcessEnv = {}, snapshotEnv: NodeJS.ProcessEnv = SNAPSHOT) {
  const run = (pathEnv: NodeJS.ProcessEnv) => {
    const out = tempDir();
    const result: CliRun = runCli(args(out), { env: { ...env, ...pathEnv } });
    return { ...result, stderr: withoutDuration(result.stderr), files: outputs(out) };
  };
  return { snapshot: run(snapshotEnv), inProcess: run(IN_PROCESS) };
}

function expectSame({ snapshot, inProcess }: ReturnType<typeof runBoth>) {
  expect(snapshot.stderr).toBe(inProcess.stderr);
  expect(snapshot.stdout).toBe(inProcess.stdout);
  expect(snapshot.status).toBe(inProcess.status);
  expect(Object.keys(snapshot.files)).toEqual(Object.keys(inProcess.files));
  for (const name of Object.keys(inProcess.files)) expect(snapshot.files[name]!.equals(inProcess.files[name]!), name).toBe(true);
}

describe('the startup snapshot', () => {
  test('was built, for this Node, with the heap limit the worker pool gives a small file', () => {
    const meta = JSON.parse(readFileSync(`${COPY}.json`, 'utf8'));
    expect(meta).toMatchObject({ node: process.version, arch: process.arch, platform: process.platform });
    expect(meta.v8Flags).toContain(`--max-old-space-size=${SNAPSHOT_HEAP_MB}`);
    expect(workerHeapMb(SNAPSHOT_MAX_INPUT_BYTES)).toBe(SNAPSHOT_HEAP_MB);
    expect(workerHeapMb(SNAPSHOT_MAX_INPUT_BYTES + 2 ** 20)).toBeGreaterThan(SNAPSHOT_HEAP_MB);
  });

  test.each([
    ['the seed .docx', SEED_DOCX],
    ['the seed .txt', SEED_TXT],
  ])('%s: the same json, md and pdf bytes as in process', (_label, input) => {
    const runs = runBoth((out) => ['convert', input, '--out-dir', out]);
    expect(runs.snapshot.status).toBe(0);
    expect(Object.keys(runs.snapshot.files)).toHaveLength(3);
    expectSame(runs);
  });

  test('other formats and readers, in another time zone: the same bytes', () => {
    const doc = join(ROOT, 'fixtures', 'formats', 'programme.doc');
    expectSame(runBoth((out) => ['convert', doc, '--out-dir', out, '--formats', 'ics,jsonld,csv,html,md'], { TZ: 'Pacific/Auckland' }));
    expectSame(runBoth((out) => ['convert', SEED_DOCX, '--out-dir', out, '--formats', 'ics,pdf', '--page-size', 'letter'], { TZ: 'America/New_York' }));
  });

  test.each([
    ['a broken zip named .docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)])],
    ['a PNG named .docx', readFileSync(join(ROOT, 'fixtures', 'formats', 'png-named.docx'))],
  ])('%s: the same message and exit status', (_label, bytes) => {
    const bad = join(tempDir(), 'notes.docx');
    writeFileSync(bad, bytes);
    const runs = runBoth((out) => ['convert', bad, '--out-dir', out]);
    expect(runs.snapshot.status).toBe(1);
    expect(runs.snapshot.stderr).toMatch(/^programme: .*notes\.docx: /mu);
    expectSame(runs);
  });

  test('a text file named .docx (read as text): the same result', () => {
    const text = join(tempDir(), 'notes.docx');
    writeFileSync(text, 'Réunion du bureau\n\nLundi 3 avril 2017\n\n18h00 : Ordre du jour\n');
    expectSame(runBoth((out) => ['convert', text, '--out-dir', out]));
  });

  test('usage errors and help: the same output and exit status', () => {
    expectSame(runBoth(() => ['convert', SEED_TXT, '--formats', 'docx']));
    expectSame(runBoth(() => ['convert', '--help']));
  });

  test('a few files: converted one after the other, the same result as the worker pool', () => {
    expectSame(runBoth((out) => ['convert', SEED_TXT, SEED_DOCX, '--out-dir', out, '--formats', 'json,md']));
  });

  test('more files than SNAPSHOT_MAX_FILES: handed to the worker pool', () => {
    const folder = tempDir();
    for (let i = 0; i <= SNAPSHOT_MAX_FILES; i++) writeFileSync(join(folder, `p${String(i).padStart(2, '0')}.txt`), `Réunion ${i}\n\nLundi 3 avril 2017\n\n18h00 : Point ${i}\n`);
    const required = runCli(['convert', folder, '--out-dir', tempDir(), '--formats', 'json'], { env: SNAPSHOT });
    expect(required.stderr).toContain('the snapshot run needs worker threads');
    const runs = runBoth((out) => ['convert', folder, '--out-dir', out, '--formats', 'json'], {}, EITHER);
    expect(Object.keys(runs.snapshot.files)).toHaveLength(SNAPSHOT_MAX_FILES + 1);
    expectSame(runs);
  });

  test('over the time limit: killed, and reported as the worker pool reports it', () => {
    const required = runCli(['convert', SEED_DOCX, '--out-dir', tempDir(), '--timeout', '0.001'], { env: SNAPSHOT });
    expect(required.stderr).toMatch(/the snapshot run (timed out|needs worker threads: a file ran over its time limit)/u);
    const runs = runBoth((out) => ['convert', SEED_DOCX, '--out-dir', out, '--timeout', '0.001'], {}, EITHER);
    expect(runs.snapshot.status).toBe(1);
    expect(runs.snapshot.stderr).toContain('timed out after 0.001 s');
    expectSame(runs);
  });

  test('a missing or foreign blob: the in-process CLI runs instead', () => {
    const out = tempDir();
    const missing = runCli(['convert', SEED_TXT, '--out-dir', out, '--formats', 'json'], { env: { NODE_OPTIONS: '', PROGRAMME_SNAPSHOT_BLOB: join(out, 'none.blob') } });
    expect(missing.status).toBe(0);
    expect(readdirSync(out)).toEqual(['programme-rtes-2013-12-19.json']);

    const foreign = join(tempDir(), 'foreign.blob');
    writeFileSync(foreign, 'not a snapshot');
    writeFileSync(`${foreign}.json`, JSON.stringify({ node: 'v0.0.0', arch: process.arch, platform: process.platform, v8Flags: [] }));
    const required = runCli(['convert', SEED_TXT, '--out-dir', tempDir()], { env: { NODE_OPTIONS: '', PROGRAMME_SNAPSHOT: 'require', PROGRAMME_SNAPSHOT_BLOB: foreign } });
    expect(required.status).toBe(1);
    expect(required.stderr).toMatch(/no usable snapshot/u);
  });
});
