// One small programme per case (test/parse/cases/NAME.txt), each with the programme a careful reader
// expects (NAME.expected.json): every field the expectation names is compared, as the contract compares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';
import { normalise, pick } from '../helpers.js';

const dir = join(import.meta.dirname, 'cases');
const cases = readdirSync(dir).filter((f) => !f.endsWith('.expected.json'));

test.each(cases)('%s', async (file) => {
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.[^.]+$/u, '.expected.json')), 'utf8'));
  const programme = await extractProgramme(readFileSync(join(dir, file)), file);
  expect(normalise(pick(programme, expected))).toEqual(normalise(expected));
});
