// The Markdown of the seed, read back with remark as any Markdown tool would.
import type { FootnoteDefinition, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';
import markdown from '../../src/render/markdown/index.js';
import { renderContext } from '../../src/render/context.js';
import { EXPECTED_SEED, SEED_DOCX, SEED_TXT } from '../helpers.js';

test.each([SEED_TXT, SEED_DOCX])('the seed’s Markdown reads back with title, sessions and footnote (%s)', async (input) => {
  const programme = await extractProgramme(readFileSync(input), input);
  const bytes = await markdown.render(programme, renderContext(programme));
  const text = new TextDecoder().decode(bytes);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

  const h1 = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  expect(h1 && toString(h1)).toBe(EXPECTED_SEED.title);

  const schedule = tree.children.find((n): n is List => n.type === 'list' && toString(n).includes('Accueil café'))!;
  const titles: string[] = EXPECTED_SEED.sessions.map((s: { title: string }) => s.title.replace(/\s+/gu, ' '));
  const items = schedule.children.map((item) => toString(item.children[0]!).replace(/\s+/gu, ' '));
  expect(items).toHaveLength(11);
  items.forEach((item, i) => expect(item).toContain(titles[i]));

  const notes = tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');
  expect(notes.map((n) => toString(n))).toEqual([EXPECTED_SEED.footnotes[0].text]);
  expect(text).toMatch(/\(PTCE\)\[\^1\]/u);
  expect(text).not.toMatch(/\[image|\ufffd|=1|B\[4|Pagev/u);
});

test('the same programme gives byte-identical Markdown', async () => {
  const programme = await extractProgramme(readFileSync(SEED_TXT), SEED_TXT);
  const a = await markdown.render(programme, renderContext(programme));
  const b = await markdown.render(structuredClone(programme), renderContext(programme));
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
});

test('several days: the header gives the first and the last, as short as the dates allow', async () => {
  const { formatDaySpan } = await import('../../src/render/labels.js');
  const day = (date: string) => ({ date, start: null, end: null });
  expect(formatDaySpan([day('2019-10-08'), day('2019-10-09')], 'en')).toBe('8–9 October 2019');
  expect(formatDaySpan([day('2016-06-30'), day('2016-07-01')], 'fr')).toBe('30 juin – 1 juillet 2016');
  expect(formatDaySpan([day('2019-12-30'), day('2020-01-02')], 'en')).toBe('30 December 2019 – 2 January 2020');
  expect(formatDaySpan([day('2019-10-08')], 'en')).toBeNull();
});

test('the town and its postcode in the country’s order', async () => {
  const { formatCityLine } = await import('../../src/render/labels.js');
  expect(formatCityLine({ postalCode: '94270', city: 'Kremlin Bicêtre' })).toBe('94270 Kremlin Bicêtre');
  expect(formatCityLine({ postalCode: 'WD4 7PX', city: 'Wendover' })).toBe('Wendover WD4 7PX');
  expect(formatCityLine({ postalCode: '53202', city: 'Milwaukee, WI' })).toBe('Milwaukee, WI 53202');
});
