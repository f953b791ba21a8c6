/**
 * The benchmark's inputs, generated into a folder, deterministically (a
 * seeded PRNG, fixed zip dates):
 *
 * - `seed.docx`: the seed programme as Word holds it (input/…);
 * - `long.docx`: a 50-page programme (a five-day congress, 330 sessions
 *   with speakers and abstracts), built with the `docx` package;
 * - `batch/`: 200 seed-sized programmes, the seed .docx with its date,
 *   times and speakers varied, so no two files are the same.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_DOCX = join(ROOT, 'input', 'programme-rtes-2013-12-19.docx');
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export async function generateFixtures(folder, { batchSize = 200, longDays = 5, sessionsPerDay = 66 } = {}) {
  mkdirSync(join(folder, 'batch'), { recursive: true });
  const seed = join(folder, 'seed.docx');
  copyFileSync(SEED_DOCX, seed);
  const long = join(folder, 'long.docx');
  writeFileSync(long, await longProgramme(longDays, sessionsPerDay));
  const batch = join(folder, 'batch');
  const seedBytes = readFileSync(SEED_DOCX);
  for (let i = 0; i < batchSize; i++) {
    writeFileSync(join(batch, `programme-${String(i + 1).padStart(3, '0')}.docx`), await seedVariant(seedBytes, i));
  }
  return { seed, long, batch, batchSize };
}

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Camille', 'Louis', 'Inès', 'Hugo', 'Léa', 'Nathalie', 'Karim', 'Sophie', 'Thomas', 'Amélie', 'Jérôme', 'Fatou', 'Pierre', 'Claire', 'Yannick', 'Élodie'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Garnier', 'Rousseau', 'Benali', 'Fontaine', 'Chevalier', 'Perrin', 'Diallo', 'Mercier', 'Gauthier', 'Lambert', 'Roche'];
const ORGS = ['Ville de Lyon', 'Région Occitanie', 'France Active', 'Coopérative Oxalis', 'Université de Nantes', 'ADEME', 'Métropole de Lille', 'CRESS Bretagne', 'Banque des Territoires', 'Réseau Cocagne'];
const TOPICS = ['la commande publique responsable', 'les circuits courts alimentaires', 'l’emploi des jeunes', 'la mobilité rurale', 'le financement participatif', 'les tiers-lieux', 'la rénovation énergétique', 'l’économie circulaire', 'les coopératives d’habitants', 'l’insertion par l’activité économique'];
const FORMS = ['Atelier', 'Table ronde', 'Conférence', 'Retour d’expérience', 'Débat', 'Présentation'];
const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const person = (rand) => `${pick(rand, FIRST)} ${pick(rand, LAST)}, ${pick(rand, ORGS)}`;
const clock = (minutes) => `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
const frenchDate = (date) => `${DAYS[(date.getUTCDay() + 6) % 7]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** A multi-day congress: per day a heading, then sessions (time, title, speakers, abstract). */
async function longProgramme(days, sessionsPerDay) {
  const rand = random(50);
  const p = (text, options = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });
  const children = [
    p('Congrès national des territoires solidaires', { heading: HeadingLevel.TITLE }),
    p('Du lundi 2 au vendredi 6 juin 2025'),
    p('Palais des congrès, 2 place de la Porte Maillot, 75017 Paris'),
    p('Cinq jours de conférences, d’ateliers et de visites pour les élus, les techniciens des collectivités et les acteurs de l’économie sociale et solidaire.'),
  ];
  for (let d = 0; d < days; d++) {
    children.push(p(frenchDate(new Date(Date.UTC(2025, 5, 2 + d))), { heading: HeadingLevel.HEADING_1 }));
    let start = 8 * 60;
    for (let s = 0; s < sessionsPerDay; s++) {
      const length = 10 + 5 * Math.floor(rand() * 2);
      const topic = pick(rand, TOPICS);
      children.push(p(`${clock(start)} - ${clock(start + length)} : ${pick(rand, FORMS)} sur ${topic}`));
      for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) children.push(p(person(rand)));
      children.push(
        p(`Comment les collectivités peuvent-elles soutenir ${topic} ? Les intervenants présentent des démarches engagées sur leur territoire, leurs résultats et leurs difficultés, puis échangent avec la salle. Une synthèse des échanges sera mise en ligne après le congrès.`),
      );
      start += length;
    }
  }
  const doc = new Document({ creator: 'bench', title: 'Congrès', sections: [{ children }] });
  return rezip(await Packer.toBuffer(doc));
}

/** The seed with another date, its times shifted and its speakers renamed. */
async function seedVariant(seedBytes, index) {
  const rand = random(1000 + index);
  const zip = await JSZip.loadAsync(seedBytes);
  let xml = await zip.file('word/document.xml').async('string');
  const date = new Date(Date.UTC(2014 + (index % 10), index % 12, 1 + (index % 28)));
  xml = xml.replace(/Jeudi 19 décembre 2013/gu, frenchDate(date));
  const shift = 15 * Math.floor(rand() * 4);
  xml = xml.replace(/\b(\d{1,2})h(\d{2})?\b/gu, (_m, h, mm) => clock(Math.min(23 * 60, Number(h) * 60 + Number(mm ?? 0) + shift)));
  xml = xml.replace(/Henri Arévalo|Sébastien Cornu|Ana Larrègle|Stéphane Berdoulet/gu, () => `${pick(rand, FIRST)} ${pick(rand, LAST)}`);
  zip.file('word/document.xml', xml);
  return rezip(await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Same bytes on every run: fixed entry dates. */
async function rezip(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  for (const file of Object.values(zip.files)) file.date = ZIP_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
