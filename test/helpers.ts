/** Shared helpers for the tests: paths, running the CLI, reading the contract. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED_TXT = join(SHARED, 'seed', 'programme-rtes-2013-12-19.txt');
export const SEED_DOCX = join(ROOT, 'input', 'programme-rtes-2013-12-19.docx');
export const EXPECTED_SEED = JSON.parse(readFileSync(join(SHARED, 'contract', 'programme-rtes-2013-12-19.expected.json'), 'utf8'));

export function tempDir(prefix = 'programme-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'programme.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The contract's comparison: white space runs (no-break spaces included) count as one space. */
export function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ').trim();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

/** Keeps only the keys the expected value has, recursively (extra fields are allowed by the contract). */
export function pick(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((a, i) => (i < expected.length ? pick(a, expected[i]) : a));
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    return Object.fromEntries(Object.keys(expected).map((k) => [k, pick((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k])]));
  }
  return actual;
}
