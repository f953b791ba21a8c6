/**
 * Damaged copies of a real .docx and a real .doc (byte flips, zeroed ranges,
 * truncations, swapped chunks), made in memory from a fixed seed so every run
 * tests the same files: each must convert or be refused with a one-line
 * InputError, within its time limit (worker threads, see isolated-runner).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DOCX, SHARED } from './helpers.js';
import { isCleanMessage, runIsolated, type Job } from './support/isolated-runner.js';

const CORPUS = join(SHARED, 'corpus');
const DOCX = existsSync(SEED_DOCX) ? SEED_DOCX : join(CORPUS, 'mammoth', 'tables.docx');
const DOC = process.env.FUZZ_DOC ?? join(CORPUS, 'word-extractor', 'test01.doc');
/** 200 per input in CI; FUZZ_MUTANTS=5000 for a deeper local run (same seed, more of the sequence). */
const MUTANTS_PER_INPUT = Number(process.env.FUZZ_MUTANTS ?? 200);
const PER_RUN_TIMEOUT_MS = 20_000;

/** mulberry32: a small deterministic PRNG (no Math.random, so failures replay). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Uint8Array, random: () => number) => { bytes: Uint8Array; label: string };

/** Where the structures live: the start (OLE header, zip local header) and the end (zip directory). */
const position = (length: number, random: () => number) => {
  const zone = random();
  if (zone < 0.35) return Math.floor(random() * Math.min(length, 4096));
  if (zone < 0.6) return Math.max(0, length - 1 - Math.floor(random() * Math.min(length, 2048)));
  return Math.floor(random() * length);
};

const MUTATIONS: Mutation[] = [
  function flipBytes(input, random) {
    const bytes = input.slice();
    const count = 1 + Math.floor(random() * 16);
    for (let i = 0; i < count; i++) bytes[position(bytes.length, random)] ^= 1 + Math.floor(random() * 255);
    return { bytes, label: `flip ${count} bytes` };
  },
  function zeroRange(input, random) {
    const bytes = input.slice();
    const start = position(bytes.length, random);
    const length = 1 + Math.floor(random() * 1024);
    bytes.fill(0, start, start + length);
    return { bytes, label: `zero ${length} bytes at ${start}` };
  },
  function fillRange(input, random) {
    const bytes = input.slice();
    const start = position(bytes.length, random);
    const length = 4 + Math.floor(random() * 64);
    bytes.fill(0xff, start, start + length);
    return { bytes, label: `0xff ${length} bytes at ${start}` };
  },
  function truncate(input, random) {
    const cut = Math.floor(random() * input.length);
    return { bytes: input.slice(0, cut), label: `truncate to ${cut}` };
  },
  function swapChunks(input, random) {
    const bytes = input.slice();
    const size = [64, 512, 4096][Math.floor(random() * 3)] as number;
    const chunks = Math.floor(bytes.length / size);
    if (chunks < 2) return { bytes, label: 'unchanged' };
    const a = Math.floor(random() * chunks);
    const b = Math.floor(random() * chunks);
    const first = bytes.slice(a * size, (a + 1) * size);
    bytes.copyWithin(a * size, b * size, (b + 1) * size);
    bytes.set(first, b * size);
    return { bytes, label: `swap ${size}-byte chunks ${a} and ${b}` };
  },
  function duplicateChunk(input, random) {
    const at = position(input.length, random);
    const length = 1 + Math.floor(random() * 2048);
    const bytes = new Uint8Array(input.length + length);
    bytes.set(input.subarray(0, at));
    bytes.set(input.subarray(at, at + length), at);
    bytes.set(input.subarray(at), at + Math.min(length, input.length - at));
    return { bytes: bytes.subarray(0, input.length + Math.min(length, input.length - at)), label: `repeat ${length} bytes at ${at}` };
  },
];

function mutants(path: string, seed: number): Job[] {
  const original = new Uint8Array(readFileSync(path));
  const random = prng(seed);
  const name = path.endsWith('.doc') ? 'mutant.doc' : 'mutant.docx';
  return Array.from({ length: MUTANTS_PER_INPUT }, (_, i) => {
    const mutate = MUTATIONS[Math.floor(random() * MUTATIONS.length)] as Mutation;
    const { bytes, label } = mutate(original, random);
    return { name: `${i}-${label}-${name}`, bytes };
  });
}

describe.skipIf(!existsSync(DOC) || !existsSync(DOCX))('damaged Word files', () => {
  it('the mutants are the same on every run', () => {
    const first = mutants(DOC, 1).map((j) => j.name);
    expect(mutants(DOC, 1).map((j) => j.name)).toEqual(first);
  });

  it('every damaged copy converts or is refused with one line, within its time limit', async () => {
    const jobs = [...mutants(DOCX, 0x5eed), ...mutants(DOC, 0xd0c)];
    const outcomes = await runIsolated(jobs, { workers: 2, timeoutMs: PER_RUN_TIMEOUT_MS });
    const tally = new Map<string, number>();
    for (const o of outcomes) tally.set(o.outcome, (tally.get(o.outcome) ?? 0) + 1);
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    console.log(`fuzz: ${jobs.length} mutants; ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}; slowest ${slowest} ms`);

    const broken = jobs.flatMap((job, i) => {
      const o = outcomes[i]!;
      if (o.outcome === 'crashed') return [`${job.name}: ${o.message.split('\n').slice(0, 3).join(' | ')}`];
      if (o.outcome === 'timeout') return [`${job.name}: timeout`];
      if (o.outcome === 'refused' && !isCleanMessage(o.message)) return [`${job.name}: unclear message ${JSON.stringify(o.message)}`];
      return [];
    });
    expect(broken).toEqual([]);
  }, 300_000);
});
