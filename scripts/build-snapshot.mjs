/**
 * Builds the CLI's V8 startup snapshot (see src/cli/snapshot-entry.ts):
 *
 * 1. one CommonJS bundle of the CLI with every dependency inlined (a snapshot
 *    can only load Node's built-in modules while it is built), the worker
 *    pool replaced by in-process conversion (src/cli/in-process-batch.ts);
 * 2. `node --build-snapshot` runs it: loads everything, parses the fonts,
 *    converts small warm-up programmes, then saves the heap;
 * 3. a smoke test runs the blob; only then is it moved into place, with
 *    the Node version, architecture and V8 flags it needs beside it.
 *
 * Called by scripts/build.mjs. Exits non-zero on any failure; the CLI then
 * keeps its ordinary path (bin/programme.js checks for the blob).
 *
 *   node scripts/build-snapshot.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist', 'snapshot');
const BUNDLE = join(OUT, 'programme.cjs');
const BLOB = join(OUT, 'programme.blob');
const META = join(OUT, 'programme.blob.json');
/**
 * V8 flags of the snapshot: fixed when it is built, and needed unchanged to
 * run it. Same heap limit as SNAPSHOT_HEAP_MB. --no-rehash-snapshot keeps the
 * string hash seed chosen when the snapshot was built instead of rehashing
 * every string and table of the 20 MB heap at each start (~13 ms of ~100 ms
 * of start-up, measured); the seed stays one no document can see.
 */
const V8_FLAGS = ['--max-old-space-size=512', '--no-rehash-snapshot'];

/** The worker pool cannot run from a snapshot: main.ts gets the in-process runner instead. */
const inProcessBatch = {
  name: 'in-process-batch',
  setup(b) {
    b.onResolve({ filter: /\/batch\/run\.js$/ }, () => ({ path: join(ROOT, 'src', 'cli', 'in-process-batch.ts') }));
  },
};

/**
 * @touch4it/ical-timezones reads its zone files from `__dirname`, which in a
 * bundle would be the bundle's folder at build time: resolved again at each
 * call instead, from wherever the package is now.
 */
const icalTimezonesFolder = {
  name: 'ical-timezones-folder',
  setup(b) {
    b.onLoad({ filter: /[\\/]@touch4it[\\/]ical-timezones[\\/]index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        '__dirname',
        '(require("node:path").dirname(require("node:module").createRequire(globalThis.__programmeModuleUrl).resolve("@touch4it/ical-timezones")))',
      ),
      loader: 'js',
      resolveDir: resolve(args.path, '..'),
    }));
  },
};

/**
 * fontkit's WOFF2 decoder (brotli, with its 120 kB dictionary decoded at load
 * time) is never used: the PDF fonts are TrueType files.
 */
const withoutBrotli = {
  name: 'without-brotli',
  setup(b) {
    b.onResolve({ filter: /^brotli(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'without-brotli' }));
    b.onLoad({ filter: /.*/, namespace: 'without-brotli' }, () => ({
      contents: 'module.exports = function decompress() { throw new Error("WOFF2 fonts are not supported here"); };',
      loader: 'js',
    }));
  },
};

/** A small .docx of the first warm-up programme, so that the .docx reader is warmed up too (skipped without the `docx` dev dependency). */
async function writeWarmUpDocx(folder) {
  let docx;
  try {
    docx = await import('docx');
  } catch {
    return undefined;
  }
  const lines = [
    'Programme de la rencontre régionale',
    'Jeudi 5 octobre 2017',
    '9h00 - 17h00',
    'Hôtel de Région, 1 esplanade François Mitterrand, 69002 Lyon',
    '9h00 : Accueil',
    '9h30 - 10h30 : Ouverture par Jeanne Roux, vice-présidente',
    '10h30 - 12h30 : Table ronde « Coopérer sur les territoires »',
    '12h30 : Déjeuner',
    '14h00 - 16h30 : Ateliers thématiques',
    '16h30 : Clôture',
  ];
  const time = /^(\d{1,2}h\d{2}(?: - \d{1,2}h\d{2})?)( : .*)$/u;
  const document = new docx.Document({
    creator: 'programme',
    sections: [
      {
        children: lines.map((line) => {
          const match = time.exec(line);
          const runs = match ? [new docx.TextRun({ text: match[1], bold: true }), new docx.TextRun(match[2])] : [new docx.TextRun(line)];
          return new docx.Paragraph({ children: runs });
        }),
      },
    ],
  });
  const file = join(folder, 'warm-up.docx');
  writeFileSync(file, await docx.Packer.toBuffer(document));
  return file;
}

const escapeCodeUnits = (char) =>
  Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

function run(args, env) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 16 * 2 ** 20 });
  if (result.error || result.status !== 0) {
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-12).join('\n');
    throw new Error(`node ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})\n${output}`);
  }
  return result;
}

const work = mkdtempSync(join(tmpdir(), 'programme-snapshot-'));
// Written under names of this process first: builds may run side by side
// (test runs build before they start), and a run may be reading the blob.
const bundle = join(OUT, `.programme.${process.pid}.cjs`);
const blob = join(OUT, `.programme.${process.pid}.blob`);
try {
  mkdirSync(OUT, { recursive: true });
  rmSync(META, { force: true });
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'snapshot-entry.ts')],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': 'globalThis.__programmeModuleUrl' },
    // The snapshot builder runs the file with `require` and `__filename` but no `module`.
    banner: {
      js: [
        'var module = typeof module === "object" ? module : { exports: {} };',
        'globalThis.__programmeModuleUrl ??= require("node:url").pathToFileURL(__filename).href;',
        // V8 cannot save a regular expression compiled to machine code: while
        // the snapshot is built, they are all interpreted (snapshot-entry.ts
        // restores the flags before the heap is saved).
        'if (require("node:v8").startupSnapshot.isBuildingSnapshot()) require("node:v8").setFlagsFromString("--regexp-interpret-all");',
      ].join('\n'),
    },
    plugins: [inProcessBatch, icalTimezonesFolder, withoutBrotli],
    // The source is part of the snapshot (V8 keeps it to compile lazily):
    // minified, and ASCII so that V8 stores it one byte per character. Every
    // name kept, for code that reads a function's or class's name.
    minify: true,
    keepNames: true,
    charset: 'ascii',
    legalComments: 'none',
    logLevel: 'error',
  });

  // esbuild leaves the non-ASCII characters of regular expressions (and of
  // String.raw templates, which are regular expression sources here), and one
  // is enough to make V8 store the whole source two bytes per character. A
  // \uXXXX escape means the same character in both.
  const source = readFileSync(bundle, 'utf8');
  writeFileSync(bundle, source.replace(/[^\x00-\x7f]/gu, (char) => [...char].map(escapeCodeUnits).join('')));

  const warmUpDocx = await writeWarmUpDocx(work);
  const env = { NODE_OPTIONS: '', PROGRAMME_SNAPSHOT_WARM_UP_DOCX: warmUpDocx ?? '' };
  run([...V8_FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundle], env);

  // Smoke test: the blob starts and converts a file.
  const input = join(work, 'smoke.txt');
  writeFileSync(input, 'Programme\n\nLundi 2 janvier 2017\n\n9h00 : Accueil\n10h00 - 12h00 : Atelier\n');
  run([...V8_FLAGS, '--snapshot-blob', blob, ROOT, 'convert', input, '--out-dir', join(work, 'out'), '--formats', 'json,md,pdf'], { NODE_OPTIONS: '', CI: '1' });
  readFileSync(join(work, 'out', 'smoke.pdf'));

  renameSync(bundle, BUNDLE);
  renameSync(blob, BLOB);
  const meta = `${JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform, v8Flags: V8_FLAGS }, null, 2)}\n`;
  writeFileSync(`${META}.${process.pid}`, meta);
  renameSync(`${META}.${process.pid}`, META);
} catch (error) {
  // No snapshot rather than one of older sources.
  rmSync(META, { force: true });
  rmSync(BLOB, { force: true });
  console.error(`build-snapshot: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { force: true });
  rmSync(blob, { force: true });
}
