// The contract's seed programme, from its text extraction and from its Word file, through the CLI.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXPECTED_SEED, normalise, pick, runCli, SEED_DOCX, SEED_TXT, SHARED, tempDir } from './helpers.js';

const { source: _source, warnings: _warnings, ...compared } = EXPECTED_SEED;

describe.each([
  ['text extraction', SEED_TXT],
  ['Word file', SEED_DOCX],
])('the seed programme as a %s', (_label, input) => {
  const out = tempDir();
  const run = runCli(['convert', input, '--out-dir', out, '--formats', 'json,md']);
  const json = () => JSON.parse(readFileSync(join(out, 'programme-rtes-2013-12-19.json'), 'utf8'));

  test('converts with exit 0', () => {
    expect(run.stderr).not.toMatch(/error/iu);
    expect(run.status).toBe(0);
  });

  test('gives the contract’s expected JSON', () => {
    const produced = json();
    expect(normalise(pick(produced, compared))).toEqual(normalise(compared));
  });

  test('passes the contract’s own checker', () => {
    const check = spawnSync(process.execPath, [join(SHARED, 'tools', 'check-seed.mjs'), join(out, 'programme-rtes-2013-12-19.json')], { encoding: 'utf8' });
    expect(check.stdout).toContain('seed: matches the contract');
    expect(check.status).toBe(0);
  });

  test('leaves no junk in any text field', () => {
    const text = JSON.stringify({ ...json(), warnings: [] });
    expect(text).not.toMatch(/\[image|\ufffd|=1"|B\[4|Pagev|Suvant/u);
  });
});

describe('determinism', () => {
  test('the same input twice gives byte-identical JSON, Markdown and PDF', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) expect(runCli(['convert', SEED_DOCX, SEED_TXT, '--out-dir', out, '--formats', 'json,md,pdf']).status).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toHaveLength(6);
    for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
  });
});
