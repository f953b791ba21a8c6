// A table of figures whose first column looks like times is not a schedule (synthetic).
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string) => extractProgramme(new TextEncoder().encode(text), 'p.txt');

test('rows of numbers are not sessions; a time followed by a title still is', async () => {
  const figures = await parse('Character codes\n\n0035\t0081\t0127\n0040\t0086\t0132\n0045\t0091\t0137\n');
  expect(figures.sessions).toEqual([]);
  const results = await parse('Results\n\n10.30 12.45 15.00\n11.30 13.45 16.00\n');
  expect(results.sessions).toEqual([]);
  const schedule = await parse('Training day\nThursday 8 March 2012\n\n0915 – 0930\tRegistration\n0930\tWelcome\n');
  expect(schedule.sessions.map((s) => [s.start, s.title])).toEqual([['09:15', 'Registration'], ['09:30', 'Welcome']]);
});
