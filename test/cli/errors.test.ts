// What a user sees when an input is bad: exit 1, one clear line per bad file, the others still converted.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { runCli, SEED_TXT, tempDir } from '../helpers.js';

function pngBytes(): Buffer {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([header, deflateSync(Buffer.alloc(64))]);
}

const failureLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('programme: '));

describe('bad inputs', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.docx'), '');
  writeFileSync(join(dir, 'picture.docx'), pngBytes());

  test.each([
    ['a missing file', join(dir, 'missing.docx'), /no such file/u],
    ['an empty file', join(dir, 'empty.docx'), /empty/u],
    ['a PNG renamed .docx', join(dir, 'picture.docx'), /PNG image/u],
  ])('%s gives exit 1 and one clear line', (_label, input, reason) => {
    const out = tempDir();
    const run = runCli(['convert', input, '--out-dir', out]);
    expect(run.status).toBe(1);
    const lines = failureLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(input);
    expect(lines[0]).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test('a batch with one bad file still converts the others', () => {
    const out = tempDir();
    const run = runCli(['convert', join(dir, 'picture.docx'), SEED_TXT, '--out-dir', out, '--formats', 'json,md']);
    expect(run.status).toBe(1);
    expect(failureLines(run.stderr)).toHaveLength(1);
    expect(readdirSync(out).sort()).toEqual(['programme-rtes-2013-12-19.json', 'programme-rtes-2013-12-19.md']);
  });
});

describe('usage errors exit 2', () => {
  test.each([
    [['convert']],
    [['convert', SEED_TXT, '--formats', 'docx']],
    [['convert', SEED_TXT, '--jobs', '0']],
    [['frobnicate']],
    [[]],
  ])('%j', (args) => {
    const run = runCli(args, {});
    expect(run.status).toBe(2);
  });
});
