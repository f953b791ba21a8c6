// The library as a user imports it: the package's own name, through its exports map (built dist/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { convert, parseProgramme, renderIcs, renderMarkdown, renderPdf } from 'programme-pipeline';
import schema from 'programme-pipeline/schema' with { type: 'json' };
import { ROOT, SEED_DOCX } from './helpers.js';

test('types ship with the package', () => {
  expect(existsSync(join(ROOT, 'dist', 'types', 'index.d.ts'))).toBe(true);
});

test('parseProgramme takes pasted text and returns { value, warnings }', async () => {
  const { value, warnings } = await parseProgramme('Journée d’étude\nJeudi 5 juin 2014\n9h Accueil\n9h30 – 10h Ouverture\nMme Anne Roux, maire');
  expect(value.days).toEqual([expect.objectContaining({ date: '2014-06-05' })]);
  expect(value.sessions.map((s) => [s.start, s.end, s.title])).toEqual([
    ['09:00', null, 'Accueil'],
    ['09:30', '10:00', 'Ouverture'],
  ]);
  expect(value.sessions[1]!.speakers).toEqual([{ name: 'Mme Anne Roux', affiliation: 'maire', topic: null }]);
  expect(Array.isArray(warnings)).toBe(true);
});

test('renderers return their output as data', async () => {
  const { value: programme } = await parseProgramme('Journée\nJeudi 5 juin 2014\n9h Accueil');
  expect((await renderMarkdown(programme)).value).toContain('Accueil');
  expect(Buffer.from((await renderPdf(programme)).value).subarray(0, 5).toString()).toBe('%PDF-');
  expect((await renderIcs(programme)).value).toMatch(/^BEGIN:VCALENDAR/u);
});

test('convert reads a file and renders the asked formats; the schema is importable', async () => {
  const { value, warnings } = await convert(SEED_DOCX, { formats: ['json', 'md'] });
  expect(value.programme.sessions).toHaveLength(11);
  expect([...value.files.keys()]).toEqual(['json', 'md']);
  expect(warnings).toBe(value.programme.warnings);
  expect(schema.title).toBe('Programme');
});
