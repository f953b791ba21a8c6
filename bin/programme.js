#!/usr/bin/env node
// The `programme` command: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`programme: unexpected error: ${error?.message ?? error}\n`);
    if (process.argv.includes('--verbose')) process.stderr.write(`${error?.stack}\n`);
    process.exitCode = 1;
  },
);
