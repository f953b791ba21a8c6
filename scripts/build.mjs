// Builds dist/: esbuild bundles our TypeScript (dependencies stay in node_modules),
// keeping each renderer and reader in its own chunk so that a run loads only the
// formats it uses; tsc then writes the .d.ts files of the library API without
// type-checking (the tests type-check: `npm test` runs `tsc --noEmit` first).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

await build({
  entryPoints: { 'cli/main': 'src/cli/main.ts', index: 'src/index.ts', 'batch/worker': 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly', '--noCheck', '--outDir', 'dist/types'], { stdio: 'inherit' });
