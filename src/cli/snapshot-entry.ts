/**
 * Entry of the V8 startup snapshot (dist/snapshot/programme.blob, built by
 * scripts/build-snapshot.mjs): a fresh `programme convert` of one file spends
 * most of its time loading and compiling code and parsing fonts, not
 * converting. The builder runs this bundle once, warms it up, and saves the
 * heap; bin/programme.js then starts `node --snapshot-blob … ROOT args…`,
 * which begins with all of that done.
 *
 * Nothing that depends on where or when the process runs is kept from the
 * build: the package root comes from the command line (the package may have
 * moved), the process id is read by modules loaded only at run time (see
 * in-process-batch.ts), environment and clock are read when used.
 */
import { readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import * as pdfkit from 'pdfkit';
import { NeedsWorkers, setInProcessHooks, type ConversionStart } from './in-process-batch.js';
import { main } from './main.js';
import { warmUp } from './snapshot-warm-up.js';

/** The file descriptor on which bin/programme.js listens (one JSON object a line). */
const PARENT_CHANNEL = 3;

/** What the snapshot process tells bin/programme.js. */
export type SnapshotMessage = { event: 'ready' } | ({ event: 'start' } & ConversionStart) | { event: 'end' } | { event: 'fallback'; reason: string };

declare global {
  // Stands for `import.meta.url` in the snapshot bundle (see scripts/build-snapshot.mjs).
  var __programmeModuleUrl: string | undefined;
}

/** Where the bundle sits in the package: packages are resolved from there at run time. */
const BUNDLE_PATH = 'dist/snapshot/programme.cjs';

if (v8.startupSnapshot.isBuildingSnapshot()) {
  registerPdfkitData();
  const warmUpDocx = process.env.PROGRAMME_SNAPSHOT_WARM_UP_DOCX;
  // The builder runs the event loop until it is empty, then takes the snapshot.
  warmUp(warmUpDocx ? [{ fileName: 'warm-up.docx', bytes: readFileSync(warmUpDocx) }] : []).then(
    () => {
      // Back to V8's defaults (set by the bundle's banner): a snapshot only
      // starts under the flags it was saved with. The implied
      // --no-regexp-tier-up is undone explicitly.
      v8.setFlagsFromString('--no-regexp-interpret-all');
      v8.setFlagsFromString('--regexp-tier-up');
      v8.startupSnapshot.setDeserializeMainFunction(runFromSnapshot);
    },
    (error: unknown) => {
      process.stderr.write(`snapshot warm-up failed: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * pdfkit reads its sRGB colour profile from beside its own code for every
 * PDF/A document; bundled, "beside its code" is the bundle's folder at build
 * time. Registered in pdfkit's virtual file table instead, the profile is
 * part of the snapshot.
 */
function registerPdfkitData(): void {
  const profile = 'data/sRGB_IEC61966_2_1.icc';
  const pdfkitFolder = dirname(createRequire(import.meta.url).resolve('pdfkit'));
  // The key is the URL pdfkit computes from its (the bundle's) file name.
  (pdfkit as unknown as PdfkitFiles).registerFile(new URL(`./${profile}`, import.meta.url).href, readFileSync(join(pdfkitFolder, profile)));
}

interface PdfkitFiles {
  registerFile(path: string, data: Uint8Array): void;
}

function runFromSnapshot(): void {
  const [, root, ...argv] = process.argv;
  globalThis.__programmeModuleUrl = pathToFileURL(join(root ?? '.', BUNDLE_PATH)).href;
  tell({ event: 'ready' });
  setInProcessHooks({ onConversionStart: (start) => tell({ event: 'start', ...start }), onConversionEnd: () => tell({ event: 'end' }) });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof NeedsWorkers) {
        tell({ event: 'fallback', reason: error.message });
        process.exit(0);
      }
      // As bin/programme.js reports it.
      const e = error as { message?: string; stack?: string } | undefined;
      process.stderr.write(`programme: unexpected error: ${e?.message ?? error}\n`);
      if (argv.includes('--verbose')) process.stderr.write(`${e?.stack}\n`);
      process.exitCode = 1;
    },
  );
}

function tell(message: SnapshotMessage): void {
  try {
    writeSync(PARENT_CHANNEL, `${JSON.stringify(message)}\n`);
  } catch {
    // Started by hand, without the channel: nobody to tell.
  }
}
