// A table of several days whose first row gives the first day ("FRIDAY 9th NOVEMBER", shaded above its times).
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

test('a day row at the top of the table heads its day, not the columns', async () => {
  const md = [
    '# Club Officers’ Training Weekend',
    '',
    '9th – 11th November 2001',
    '',
    '| FRIDAY 9th NOVEMBER | |',
    '| --- | --- |',
    '| 6.00 p.m. | Arrival and registration |',
    '| SATURDAY 10th NOVEMBER | |',
    '| 8.00 a.m. | Breakfast |',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'weekend.md');
  expect(programme.title).toBe('Club Officers’ Training Weekend');
  expect(programme.sessions.map((s) => [s.date, s.start, s.title])).toEqual([
    ['2001-11-09', '18:00', 'Arrival and registration'],
    ['2001-11-10', '08:00', 'Breakfast'],
  ]);
});
