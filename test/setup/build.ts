// Builds dist/ once before the tests, so that CLI tests run the code under test, not a stale build.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
