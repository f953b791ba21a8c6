/**
 * Every real Word file of ../shared/corpus (370 .docx/.doc files from other
 * projects' test suites) through the whole pipeline, each in a worker thread
 * with a hard time limit: each one either converts to a valid Programme or is
 * refused with an InputError whose message is one line. No crash, no hang.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema } from '../src/model/programme.js';
import { INPUT_EXTENSIONS } from '../src/read/registry.js';
import { ROOT, runCli, SHARED, tempDir } from './helpers.js';
import { isCleanMessage, runIsolated, type Outcome } from './support/isolated-runner.js';

const CORPUS = join(SHARED, 'corpus');
/** Per file; the pipeline's own limit is 30 s, real files take well under 2 s. */
const PER_FILE_TIMEOUT_MS = 30_000;

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return corpusFiles(path);
      return entry.name === 'SOURCES.md' ? [] : [path];
    })
    .sort();
}

/** Files whose outcome is known: the refusal reason they must get. */
const EXPECTED_REFUSALS: Record<string, string> = {
  'msoffcrypto-tool/ecma376standard_password.docx': 'password-protected',
  'msoffcrypto-tool/example_password.docx': 'password-protected',
  'msoffcrypto-tool/rc4cryptoapi_password.doc': 'password-protected',
  'tika/protected_normal_case.docx': 'password-protected',
  'tika/protected_upper_case.docx': 'password-protected',
  'tika/testWORD_protected_passtika.docx': 'password-protected',
  'tika/testWORD_protected_drm.doc': 'password-protected',
  'tika/testWORDML_tableInsideParagraph.doc': 'unsupported-format',
  'tika/testWordPerfect_42.doc': 'unsupported-format',
  'tika/testWORD_truncated.docx': 'corrupt',
  'word-extractor/badfile-01-bad-header.doc': 'corrupt',
};

/** Files that must convert (plain, well-formed documents of both formats). */
const MUST_CONVERT = ['word-extractor/test01.doc', 'word-extractor/test01.docx', 'poi/footnote.doc', 'poi/innertable.doc', 'mammoth/tables.docx'];

describe.skipIf(!existsSync(CORPUS))('the Word corpus', () => {
  it('converts or cleanly refuses every file, each within its time limit', async () => {
    const files = corpusFiles(CORPUS);
    expect(files.length).toBeGreaterThanOrEqual(370);
    const outcomes = await runIsolated(
      files.map((path) => ({ name: path, path })),
      { workers: 2, timeoutMs: PER_FILE_TIMEOUT_MS },
    );
    const byFile = new Map(files.map((path, i) => [relative(CORPUS, path), outcomes[i] as Outcome]));
    console.log(summary(byFile));
    console.log([...byFile].flatMap(([file, o]) => (o.outcome === 'converted' ? [] : [`  ${file}: ${'message' in o ? o.message.split('\n')[0] : o.outcome}`])).join('\n'));

    const broken = [...byFile].filter(([, o]) => o.outcome === 'crashed' || o.outcome === 'timeout');
    expect(broken.map(([file, o]) => `${file}: ${o.outcome} ${'message' in o ? o.message.split('\n')[0] : ''}`)).toEqual([]);

    const unclear = [...byFile].filter(([, o]) => o.outcome === 'refused' && !isCleanMessage(o.message));
    expect(unclear.map(([file]) => file)).toEqual([]);

    for (const [file, code] of Object.entries(EXPECTED_REFUSALS)) {
      const o = byFile.get(file);
      expect(o && o.outcome === 'refused' ? o.code : o?.outcome, file).toBe(code);
    }
    for (const file of MUST_CONVERT) expect(byFile.get(file)?.outcome, file).toBe('converted');

    // Most of the corpus is ordinary documents: a drop here is a reader regression.
    const converted = [...byFile.values()].filter((o) => o.outcome === 'converted').length;
    expect(converted).toBeGreaterThanOrEqual(MIN_CONVERTED);
  }, 600_000);
});

/** Floor for the converted count (measured: see the summary line this test prints). */
const MIN_CONVERTED = 340;

function summary(byFile: Map<string, Outcome>): string {
  const counts = new Map<string, number>();
  for (const o of byFile.values()) {
    const key = o.outcome === 'refused' ? `refused: ${o.code}` : o.outcome;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [slowFile, slow] = [...byFile].sort(([, a], [, b]) => b.ms - a.ms)[0] ?? ['', { ms: 0 }];
  const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`);
  return `corpus: ${byFile.size} files; ${parts.join(', ')}; slowest ${slowFile} ${slow.ms} ms`;
}

const CLI = join(ROOT, 'bin', 'programme.js');
const FORMATS = ['json', 'md', 'pdf'];
const STDERR_LINE = /^programme: (.+?): (.+)$/;

describe.skipIf(!existsSync(CORPUS) || !existsSync(CLI))('the Word corpus through the CLI', () => {
  it('exits 1, writes every output of each converted file and nothing of a failed one, one stderr line per failure', () => {
    const out = tempDir('programme-corpus-');
    const run = runCli(['convert', CORPUS, '--out-dir', out, '--formats', FORMATS.join(','), '--jobs', '2']);
    // The CLI searches the folder as a user's would: every supported extension (SOURCES.md included).
    const inputs = walkFiles(CORPUS).filter((f) => INPUT_EXTENSIONS.includes(extname(f).toLowerCase()));

    expect(run.status).toBe(1);
    const lines = failureLines(run.stderr);
    for (const line of lines) {
      expect(line).toMatch(STDERR_LINE);
      expect(line).not.toMatch(/\bat .+:\d+:\d+/);
      expect(inputs).toContain(STDERR_LINE.exec(line)?.[1]);
    }

    // No partial output: each converted input has all its files, and nothing else is left (no temp files).
    // (A Markdown file may be empty: a document with no programme content in it renders to nothing.)
    const written = walkFiles(out).map((f) => relative(out, f));
    const stems = new Map<string, string[]>();
    for (const file of written) {
      const format = extname(file).slice(1);
      expect(FORMATS, file).toContain(format);
      if (format !== 'md') expect(statSync(join(out, file)).size, file).toBeGreaterThan(0);
      const stem = file.slice(0, -format.length - 1);
      stems.set(stem, [...(stems.get(stem) ?? []), format]);
    }
    for (const [stem, formats] of stems) expect(formats.sort(), stem).toEqual([...FORMATS].sort());
    expect(stems.size + lines.length).toBe(inputs.length);
    for (const stem of stems.keys()) ProgrammeSchema.parse(JSON.parse(readFileSync(join(out, `${stem}.json`), 'utf8')));
  }, 300_000);

  it('exits 0 when every input converts, and 1 with no output at all when none does', () => {
    const good = runCli(['convert', join(CORPUS, 'word-extractor', 'test01.doc'), join(CORPUS, 'mammoth', 'tables.docx'), '--out-dir', tempDir(), '--formats', 'json']);
    expect([good.status, failureLines(good.stderr)]).toEqual([0, []]);

    const out = tempDir();
    const bad = runCli(['convert', join(CORPUS, 'msoffcrypto-tool', 'rc4cryptoapi_password.doc'), join(CORPUS, 'tika', 'testWordPerfect_42.doc'), '--out-dir', out, '--formats', 'json,md']);
    expect(bad.status).toBe(1);
    // Failures are reported as they finish, in any order.
    const lines = failureLines(bad.stderr);
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/rc4cryptoapi_password\.doc: password-protected$/), expect.stringMatching(/testWordPerfect_42\.doc: unsupported format/)]),
    );
    expect(walkFiles(out)).toEqual([]);
  }, 120_000);
});

/** stderr's lines, less the CLI's closing summary ("converted N of M…"); every other line is a failure. */
function failureLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !/^converted \d+ of \d+/.test(line));
}

function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walkFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}
