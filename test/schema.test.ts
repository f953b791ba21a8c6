// The published JSON Schema: generated from the model, and every JSON output validates against it.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { programmeJsonSchema } from '../src/model/json-schema.js';
import { extractProgramme } from '../src/pipeline.js';
import json from '../src/render/json.js';
import { renderContext } from '../src/render/context.js';
import { ROOT, SEED_DOCX, SEED_TXT } from './helpers.js';

const published = JSON.parse(readFileSync(join(ROOT, 'schema', 'programme.schema.json'), 'utf8'));

test('the committed schema is the one the model generates (run `npm run schema` after changing the model)', () => {
  expect(published).toEqual(programmeJsonSchema());
});

test.each([SEED_TXT, SEED_DOCX])('the JSON output validates against the published schema (%s)', async (input) => {
  const programme = await extractProgramme(readFileSync(input), input);
  const output = JSON.parse(new TextDecoder().decode(await json.render(programme, renderContext(programme))));
  const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(published);
  expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
});

test('the schema rejects what the contract forbids', () => {
  const validate = new Ajv2020.default({ strict: false }).compile(published);
  expect(validate({ schemaVersion: 1 })).toBe(false);
});
