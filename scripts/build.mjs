// Builds dist/: esbuild bundles our TypeScript and its dependencies, keeping each
// renderer and reader in its own chunk so that a run loads only the formats it
// uses (one bundled file loads in a fraction of the time of the hundreds of
// small modules it replaces: module loading dominated a one-file run); tsc
// then writes the .d.ts files of the library API without type-checking (the
// tests type-check: `npm test` runs `tsc --noEmit` first).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Dependencies left in node_modules: those that read files beside their own
 * code at run time (pdfkit's and fontkit's data, piscina's worker script,
 * the time-zone files of @touch4it/ical-timezones).
 */
const EXTERNAL = ['pdfkit', 'fontkit', 'piscina', '@touch4it/ical-timezones'];

// The CLI's startup snapshot is built last, from this build's sources: until
// then, the previous one (its description file removed) is not used.
rmSync('dist/snapshot/programme.blob.json', { force: true });

const result = await build({
  entryPoints: { 'cli/main': 'src/cli/main.ts', index: 'src/index.ts', 'batch/worker': 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Bundled CommonJS dependencies call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
// Chunk names carry a content hash: remove those of earlier builds (after
// writing the new ones, so that a run in progress never misses a file).
const written = new Set(Object.keys(result.metafile.outputs).map((path) => path.replace(/\\/g, '/')));
for (const name of readdirSync('dist/chunks')) if (!written.has(`dist/chunks/${name}`)) rmSync(join('dist/chunks', name));
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly', '--noCheck', '--outDir', 'dist/types'], { stdio: 'inherit' });

// The startup snapshot of the CLI (scripts/build-snapshot.mjs). Optional:
// without it the CLI runs as before, only slower to start.
const snapshot = spawnSync(process.execPath, ['scripts/build-snapshot.mjs'], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (snapshot.status !== 0) {
  const reason = (snapshot.stderr || snapshot.error?.message || `exit ${snapshot.status ?? snapshot.signal}`).trim().split('\n')[0];
  console.warn(`warning: no startup snapshot, the CLI will start more slowly (${reason})`);
}
