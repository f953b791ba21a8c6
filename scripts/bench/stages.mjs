/**
 * Child process of the benchmark: times each pipeline stage on one file
 * through the library API in dist/, in a fresh Node. Prints JSON: the first
 * (cold) run, which pays for module loading, JIT and font parsing, and the
 * following (warm) runs, which are what a batch worker pays per file.
 *
 *   node scripts/bench/stages.mjs FILE RUNS
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file, runsText = '7'] = process.argv.slice(2);
const runs = Number(runsText);
const FORMATS = ['json', 'md', 'pdf'];

let started = performance.now();
const api = await import('../../dist/index.js');
const importMs = performance.now() - started;
const bytes = readFileSync(file);

const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
};

async function once() {
  const ms = {};
  const [document, read] = await time(() => api.readDocument(bytes, basename(file)));
  ms.read = read;
  const [cleaned, clean] = await time(() => api.clean(document));
  ms.clean = clean;
  const source = { file: basename(file), format: document.format, sha256: api.sha256?.(bytes) ?? '0'.repeat(64) };
  const [programme, parse] = await time(() => api.parseDocument(cleaned, source));
  ms.parse = parse;
  const context = api.renderContext(programme, {});
  for (const format of FORMATS) {
    const [renderer, load] = await time(() => api.loadRenderer(format));
    const [, render] = await time(() => renderer.render(programme, context));
    ms[`load ${format}`] = load;
    ms[`render ${format}`] = render;
  }
  return ms;
}

const cold = await once();
const warm = [];
for (let i = 0; i < runs; i++) warm.push(await once());
process.stdout.write(JSON.stringify({ importMs, cold, warm }));
