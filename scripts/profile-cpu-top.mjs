/**
 * The top functions of one or more `.cpuprofile` files (from
 * `node --cpu-prof`), summed over all profiles given: by self time, or with
 * `--inclusive` by total time (the function and everything it called).
 *
 *   node scripts/profile-cpu-top.mjs FILE.cpuprofile… [--top N] [--by file] [--inclusive] [--match TEXT]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '40' },
    by: { type: 'string', default: 'function' },
    inclusive: { type: 'boolean', default: false },
    match: { type: 'string' },
  },
});
const totals = new Map();
let total = 0;
for (const path of positionals) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const keyOf = (id) => {
    const { callFrame: f } = nodes.get(id);
    const url = f.url.replace(/^file:\/\/\/work\/main\//, '');
    return values.by === 'file' ? url || '(native)' : `${f.functionName || '(anonymous)'}  ${url}:${f.lineNumber + 1}`;
  };
  for (const [id, us] of dt) {
    total += us;
    const keys = new Set([keyOf(id)]);
    if (values.inclusive) for (let p = parents.get(id); p !== undefined; p = parents.get(p)) keys.add(keyOf(p));
    for (const key of keys) totals.set(key, (totals.get(key) ?? 0) + us);
  }
}
const rows = [...totals].filter(([key]) => !values.match || key.includes(values.match)).sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
for (const [key, us] of rows) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
console.log(`${(total / 1000).toFixed(0).padStart(7)} ms total`);
