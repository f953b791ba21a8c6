// Batches through the CLI: worker threads, isolated failures, time and memory limits, same bytes whatever --jobs.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli, SEED_DOCX, SEED_TXT, tempDir } from './helpers.js';

const failureLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('programme: '));

/** Every file under a folder (dot files included), relative paths, sorted. */
function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else files.push(relative(folder, join(dir, entry.name)));
    }
  };
  walk(folder);
  return files.sort();
}

function pngBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), deflateSync(Buffer.alloc(64))]);
}

/** A folder of good programmes, one in a sub-folder (folders are searched recursively). */
function goodFolder(): string {
  const dir = tempDir('programme-batch-in-');
  mkdirSync(join(dir, 'nested'));
  copyFileSync(SEED_DOCX, join(dir, 'a-seed.docx'));
  copyFileSync(SEED_TXT, join(dir, 'b-seed.txt'));
  copyFileSync(SEED_TXT, join(dir, 'nested', 'c-seed.txt'));
  return dir;
}

describe('a batch with good and bad inputs', () => {
  const inputs = goodFolder();
  writeFileSync(join(inputs, 'empty.docx'), '');
  writeFileSync(join(inputs, 'nested', 'picture.docx'), pngBytes());
  const missing = join(inputs, 'missing.docx');
  const out = tempDir('programme-batch-out-');
  const run = runCli(['convert', missing, inputs, '--out-dir', out, '--formats', 'json,md', '--jobs', '2']);

  test('exits 1', () => {
    expect(run.status).toBe(1);
  });

  test('prints one line per bad file, in input order, without stack traces', () => {
    const lines = failureLines(run.stderr);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`programme: ${missing}: no such file or folder`);
    expect(lines[1]).toMatch(new RegExp(`^programme: ${join(inputs, 'empty.docx')}: .*empty`, 'u'));
    expect(lines[2]).toMatch(new RegExp(`^programme: ${join(inputs, 'nested', 'picture.docx')}: .*PNG`, 'u'));
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  test('converts the good files and leaves nothing else behind', () => {
    expect(listFiles(out)).toEqual(['a-seed.json', 'a-seed.md', 'b-seed.json', 'b-seed.md', 'nested/c-seed.json', 'nested/c-seed.md']);
  });

  test('ends with a summary: converted, failed with reasons grouped, time', () => {
    const last = run.stderr.trim().split('\n').at(-1);
    expect(last).toMatch(/^converted 3 of 6, failed 3 \(1 empty, 1 not-found, 1 unsupported-format\) in \d+\.\d s$/u);
  });
});

describe('--jobs', () => {
  test('--jobs 1 and --jobs 2 write byte-identical files and print the same lines', () => {
    const inputs = goodFolder();
    writeFileSync(join(inputs, 'broken.docx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const runs = [1, 2].map((jobs) => {
      const out = tempDir('programme-batch-jobs-');
      const run = runCli(['convert', inputs, '--out-dir', out, '--jobs', String(jobs), '--verbose']);
      const files = Object.fromEntries(listFiles(out).map((f) => [f, readFileSync(join(out, f))]));
      const lines = run.stderr.split('\n').map((l) => l.replaceAll(out, 'OUT').replace(/ in \d+\.\d s$/u, ''));
      return { status: run.status, files, lines };
    });
    expect(Object.keys(runs[0]!.files)).toHaveLength(9);
    expect(Object.keys(runs[0]!.files)).toContain('nested/c-seed.pdf');
    expect(runs[1]!.files).toEqual(runs[0]!.files);
    expect(runs[1]!.lines).toEqual(runs[0]!.lines);
    expect(runs[0]!.status).toBe(1);
    expect(runs[0]!.lines.filter((l) => l.startsWith('converted ') && l.includes('→'))).toHaveLength(3);
  });
});

describe('limits', () => {
  test('a file over the time limit is reported as timed out; the others still convert; no output of it is left', () => {
    const out = tempDir('programme-batch-timeout-');
    const run = runCli(['convert', SEED_DOCX, '--out-dir', out, '--timeout', '0.001']);
    expect(run.status).toBe(1);
    expect(failureLines(run.stderr)).toEqual([`programme: ${SEED_DOCX}: timed out after 0.001 s`]);
    expect(run.stderr).toMatch(/failed 1 \(1 timeout\)/u);
    expect(listFiles(out)).toEqual([]);
  });

  test('a file that needs more memory than allowed fails alone, in one line', () => {
    const out = tempDir('programme-batch-memory-');
    const run = runCli(['convert', SEED_TXT, '--out-dir', out, '--max-memory-mb', '4', '--formats', 'json']);
    expect(run.status).toBe(1);
    expect(failureLines(run.stderr)).toEqual([`programme: ${SEED_TXT}: ran out of memory (the limit is 4 MiB per file)`]);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(listFiles(out)).toEqual([]);
  });
});

describe('output when not on a terminal', () => {
  test('plain lines only: no progress bar, no escape codes', () => {
    const out = tempDir('programme-batch-plain-');
    const run = runCli(['convert', SEED_TXT, '--out-dir', out, '--formats', 'json'], { env: { CI: '' } });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^converted 1 of 1 in \d+\.\d s\n$/u);
  });
});

describe('interrupted', () => {
  test('Ctrl-C stops the batch at once, silently, and leaves no temporary file', async () => {
    const inputs = tempDir('programme-batch-int-');
    for (let i = 0; i < 30; i++) copyFileSync(SEED_DOCX, join(inputs, `p${String(i).padStart(2, '0')}.docx`));
    const out = tempDir('programme-batch-int-out-');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'programme.js'), 'convert', inputs, '--out-dir', out, '--jobs', '2', '--verbose'], {
      env: { ...process.env, CI: 'true' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      // Interrupt once the first file is written, while others are in flight.
      if (stderr === '' && text.startsWith('converted ')) child.kill('SIGINT');
      stderr += text;
    });
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, sig) => resolve([code, sig])));
    expect(signal === 'SIGINT' || status === 130).toBe(true);
    expect(stderr).not.toMatch(/worker stopped|aborted|^converted \d+ of/mu);
    const files = listFiles(out);
    expect(files.length).toBeLessThan(90);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
