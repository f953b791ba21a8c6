// Police ranks are titles before a name; a labelled speaker line under the last item is not the annex.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';
import { parseSpeakerLine } from '../../src/parse/speakers.js';

test.each([
  ['Insp. Gareth Lowe, North Coast Police', 'Insp. Gareth Lowe', 'North Coast Police'],
  ['Sgt Amy Holt (Transport Police)', 'Sgt Amy Holt', 'Transport Police'],
  ['Supt Dan Webb, Eastshire Constabulary', 'Supt Dan Webb', 'Eastshire Constabulary'],
])('%j is a speaker line', (text, name, affiliation) => {
  expect(parseSpeakerLine(text)).toEqual([{ name, affiliation, topic: null }]);
});

test('"Intervention de M. X, role" under the last item is that item’s speaker, before the practical part', async () => {
  const text = [
    'Journée technique voirie',
    '',
    'Jeudi 12 mars 2026',
    '',
    '9h30 Accueil',
    '16h15 Clôture de la journée',
    'Intervention de M. Paul NEY, président du syndicat',
    '',
    '## Informations pratiques',
    '',
    'Inscription gratuite et obligatoire avant le 27 février auprès du secrétariat du syndicat, par courriel.',
  ].join('\n');
  const p = await extractProgramme(new TextEncoder().encode(text), 'p.md');
  expect(p.sessions.at(-1)!.speakers).toEqual([{ name: 'M. Paul NEY', affiliation: 'président du syndicat', topic: null }]);
});
