// A typed paragraph wrapped by hand is one paragraph of the description, not one per line.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

test('lines cut by the line width are joined; sentences, short lines and capitals stay apart', async () => {
  const text = [
    'Learning and Teaching Conference',
    'Thursday 30 June 2016',
    '',
    'Our annual conference for academic and professional staff who teach or',
    'support learning. This year the theme is assessment and feedback.',
    'Places are limited.',
    '',
    '13:00 Registration',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'conference.txt');
  expect(programme.description).toEqual([
    { type: 'paragraph', text: 'Our annual conference for academic and professional staff who teach or support learning. This year the theme is assessment and feedback.' },
    { type: 'paragraph', text: 'Places are limited.' },
  ]);
});
