/**
 * The development corpus: `fixtures/programmes/NAME/` holds one programme's
 * source(s), the built input file `NAME.<docx|doc|txt|md>` and `expected.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredProgramme } from './score.js';

export const INPUT_EXTENSIONS = ['docx', 'doc', 'txt', 'md'] as const;

export interface Fixture {
  name: string;
  /** The built input file the pipeline reads. */
  inputPath: string;
  expected: ScoredProgramme;
}

/** Every fixture folder that has an input and an expectation, by name. */
export function listFixtures(root: string): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const dir = join(root, name);
      const input = INPUT_EXTENSIONS.map((ext) => join(dir, `${name}.${ext}`)).find((path) => existsSync(path));
      const expectedPath = join(dir, 'expected.json');
      if (!input || !existsSync(expectedPath)) return [];
      return [{ name, inputPath: input, expected: JSON.parse(readFileSync(expectedPath, 'utf8')) as ScoredProgramme }];
    });
}
