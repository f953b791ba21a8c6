/** Test programmes for the PDF renderer: the seed's expected JSON, and a long one built by code. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Programme, Session } from '../../src/model/programme.js';

const SEED_JSON = fileURLToPath(new URL('../../../shared/contract/programme-rtes-2013-12-19.expected.json', import.meta.url));

/** The seed programme, with the footnote cited where the source has its mark. */
export function seedProgramme(): Programme {
  const expected = JSON.parse(readFileSync(SEED_JSON, 'utf8')) as Omit<Programme, 'source' | 'warnings'>;
  const programme: Programme = {
    ...expected,
    source: { file: 'programme-rtes-2013-12-19.txt', format: 'txt', sha256: 'a'.repeat(64) },
    warnings: [{ code: 'test-warning', message: 'THIS WARNING MUST NOT BE PRINTED' }],
  };
  const first = programme.description[0];
  if (first?.type === 'paragraph' && programme.footnotes[0]) {
    const offset = first.text.indexOf('(PTCE)') + '(PTCE)'.length;
    first.footnoteRefs = [{ label: programme.footnotes[0].label, offset }];
  }
  return programme;
}

const WORDS = (
  'coopération territoriale économie solidaire collectivités locales financement innovation sociale ' +
  'développement durable gouvernance partagée emploi insertion transition écologique circuits courts ' +
  'mobilité habitat participatif numérique inclusion évaluation des politiques publiques'
).split(' ');

/** A long multi-day programme: `days` × `perDay` sessions, long titles, many speakers. */
export function longProgramme(days = 3, perDay = 30): Programme {
  const sessions: Session[] = [];
  const dayList: Programme['days'] = [];
  for (let d = 0; d < days; d++) {
    const date = `2024-03-${String(11 + d).padStart(2, '0')}`;
    dayList.push({ date, start: '08:00', end: '20:00' });
    for (let s = 0; s < perDay; s++) {
      const n = d * perDay + s;
      const minutes = 8 * 60 + s * 20;
      const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const titleWords = Array.from({ length: 8 + (n % 17) }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]);
      const speakers = Array.from({ length: n % 6 }, (_, i) => ({
        name: `Intervenant·e ${n}-${i} Dupont-Lefèvre`,
        affiliation: i % 2 === 0 ? `chargée de mission « ${WORDS[(n + i) % WORDS.length]} » à la Communauté d’agglomération n° ${i}` : null,
        topic: i % 2 === 1 ? `retour d’expérience sur ${WORDS[(n + i * 5) % WORDS.length]} et ${WORDS[(n + i * 2) % WORDS.length]}` : null,
      }));
      sessions.push({
        date,
        start: hhmm(minutes),
        end: n % 3 === 0 ? null : hhmm(minutes + 20),
        title: `Séance ${String(n + 1).padStart(3, '0')} : ${titleWords.join(' ')} — quelles perspectives ?`,
        kind: n % 10 === 4 ? 'break' : 'talk',
        speakers,
        notes: n % 4 === 0 ? ['Salle B, 2e étage ; inscription préalable obligatoire'] : [],
        ...(n === 17 ? { footnoteRefs: [{ label: 'a', offset: 10 }] } : {}),
      });
    }
  }
  return {
    schemaVersion: 1,
    source: { file: 'long.txt', format: 'txt', sha256: 'b'.repeat(64) },
    language: 'fr',
    title: 'Rencontres nationales de l’économie sociale et solidaire dans les territoires : trois jours d’échanges',
    organizers: [{ name: 'Réseau national des acteurs & collectivités <test>', acronym: 'RNAC' }],
    days: dayList,
    venue: { name: 'Centre des congrès', address: '1 place de la République', postalCode: '69001', city: 'Lyon', access: null },
    description: [
      { type: 'heading', text: 'Présentation', depth: 1 },
      { type: 'paragraph', text: `Trois jours pour ${WORDS.join(', ')}.` },
      { type: 'list', items: ['Premier objectif : partager', 'Deuxième objectif : construire'], ordered: true },
      { type: 'table', rows: [['Jour', 'Thème'], ['Lundi', 'Coopération'], ['Mardi', 'Financement'], ['Mercredi', 'Évaluation']] },
    ],
    sessions,
    annex: [{ type: 'paragraph', text: 'Informations pratiques : voir www.example.org/rencontres pour le plan d’accès.' }],
    footnotes: [
      { label: 'a', text: 'Séance filmée, voir https://example.org/videos/seance-18' },
      { label: 'z', text: 'Note jamais citée dans le texte.' },
    ],
    warnings: [],
  };
}
