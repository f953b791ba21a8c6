// Markdown definition lists (Markdown Extra, pandoc): each definition read as a line under its term.
import { expect, test } from 'vitest';
import { withoutDefinitionMarkers } from '../../src/read/markdown.js';
import { extractProgramme } from '../../src/pipeline.js';

test('the ": " markers are taken off; a colon inside a line stays', () => {
  expect(withoutDefinitionMarkers('13:30–13:45\n: Welcome\n: *Dr Helen Firth, PURT*\nNote: bring boots')).toBe('13:30–13:45\nWelcome\n*Dr Helen Firth, PURT*\nNote: bring boots');
});

test('a programme in definition lists, a long first session under its day heading', async () => {
  const md = [
    '# Rewilding Symposium',
    '',
    '## Tuesday 14 May 2024',
    '',
    '13:30–13:45',
    ': Welcome',
    ': *Dr Helen Firth, Director, PURT*',
    '',
    '13:45–14:45',
    ': Keynote',
    '',
    '## Wednesday 15 May 2024',
    '',
    '09:00–12:00',
    ': Field visit: Blackstone Edge',
    '',
    '12:00–13:00',
    ': Lunch',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'symposium.md');
  expect(programme.sessions.map((s) => [s.date, s.start, s.end, s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['2024-05-14', '13:30', '13:45', 'Welcome', ['Dr Helen Firth']],
    ['2024-05-14', '13:45', '14:45', 'Keynote', []],
    ['2024-05-15', '09:00', '12:00', 'Field visit: Blackstone Edge', []],
    ['2024-05-15', '12:00', '13:00', 'Lunch', []],
  ]);
});
