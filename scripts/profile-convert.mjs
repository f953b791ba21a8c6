/**
 * Converts one file N times in-process through the library API in dist/
 * (json, md, pdf), to be run under `node --cpu-prof`, and prints the median
 * time per stage.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-convert.mjs [FILE] [N]
 *   node scripts/profile-cpu-top.mjs /tmp/prof/*.cpuprofile
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file = 'input/programme-rtes-2013-12-19.docx', countText = '200'] = process.argv.slice(2);
const api = await import('../dist/index.js');
const bytes = readFileSync(file);
const FORMATS = ['json', 'md', 'pdf'];
const stages = {};
const timed = async (name, fn) => {
  const started = performance.now();
  const value = await fn();
  (stages[name] ??= []).push(performance.now() - started);
  return value;
};
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
for (let i = 0; i < Number(countText); i++) {
  const started = performance.now();
  const document = await timed('read', () => api.readDocument(bytes, basename(file)));
  const cleaned = await timed('clean', () => api.clean(document));
  const programme = await timed('parse', () => api.parseDocument(cleaned, { file: basename(file), format: document.format, sha256: api.sha256?.(bytes) ?? '0'.repeat(64) }));
  const context = api.renderContext(programme, {});
  for (const format of FORMATS) {
    const renderer = await api.loadRenderer(format);
    await timed(`render ${format}`, () => renderer.render(programme, context));
  }
  (stages.total ??= []).push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuStart);
const count = Number(countText);
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
for (const [name, values] of Object.entries(stages)) console.log(`${name.padEnd(12)} ${median(values.slice(1)).toFixed(2)} ms`);
// All threads (GC and compiler threads included), per file, first file included.
console.log(`per file: ${((performance.now() - wallStart) / count).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms CPU (mean)`);
