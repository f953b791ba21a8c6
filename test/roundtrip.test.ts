// Our own Markdown is a programme too: reading it back gives the same programme and the same Markdown.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Programme } from '../src/model/programme.js';
import { extractProgramme } from '../src/pipeline.js';
import { renderContext } from '../src/render/context.js';
import markdown from '../src/render/markdown/index.js';
import { ROOT, SEED_DOCX, SEED_TXT } from './helpers.js';

const programmesDir = join(ROOT, 'fixtures', 'programmes');
const fixtureInputs = (() => {
  try {
    return readdirSync(programmesDir, { recursive: true, encoding: 'utf8' })
      // Each fixture folder's input: NAME/NAME.(docx|doc|txt|md).
      .filter((f) => /^([^/]+)\/\1\.(docx|doc|txt|md)$/u.test(f))
      .map((f) => join(programmesDir, f));
  } catch {
    return [];
  }
})();

async function toMarkdown(programme: Programme): Promise<string> {
  return new TextDecoder().decode(await markdown.render(programme, renderContext(programme)));
}

const comparable = (p: Programme) => ({
  title: p.title,
  days: p.days.map(({ date, start, end }) => ({ date, start, end })),
  venue: p.venue,
  sessions: p.sessions.map(({ date, start, end, title, kind, speakers }) => ({ date, start, end, title, kind, speakers })),
  footnotes: p.footnotes,
});

test.each([SEED_TXT, SEED_DOCX, ...fixtureInputs])('%s: Markdown → programme → Markdown is stable', async (input) => {
  const first = await extractProgramme(readFileSync(input), input);
  const md = await toMarkdown(first);
  const second = await extractProgramme(new TextEncoder().encode(md), 'roundtrip.md');
  expect(comparable(second)).toEqual(comparable(first));
  expect(await toMarkdown(second)).toBe(md);
});
