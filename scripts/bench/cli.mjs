// The `programme` command as bin/programme.js runs it, plus the process's peak
// resident memory (all its threads) written to $BENCH_RSS_FILE at exit, in KiB.
import { writeFileSync } from 'node:fs';
import { main } from '../../dist/cli/main.js';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
process.exitCode = await main(process.argv.slice(2));
