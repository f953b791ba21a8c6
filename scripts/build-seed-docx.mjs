/**
 * Rebuilds `input/programme-rtes-2013-12-19.docx`, the Word form of the seed
 * programme (`../shared/seed/programme-rtes-2013-12-19.txt`), as Word holds
 * it: running headers with the network's logos (a different one on the first
 * page), the body paragraph by paragraph (empty paragraphs included), a real
 * footnote on "(PTCE)", a real bulleted list, a page break and page 2 with
 * its screenshot. The text is the seed's, character for character (typographic
 * apostrophes, « », no-break spaces, en dashes); the seed's image placeholders
 * are real images (fixtures/seed-docx/, drawn by draw-images.mjs) and its OCR
 * spill (text read off the images) and `�` marks are not body text.
 *
 * The output is byte-for-byte reproducible: the `docx` package stamps the
 * current time into the core properties and zip entries and uses random
 * relationship ids for hyperlinks, so the package is re-zipped with fixed
 * dates and ids.
 *
 *   npm run build:seed-docx            (writes input/programme-rtes-2013-12-19.docx)
 *   node scripts/build-seed-docx.mjs OUT.docx
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
} from 'docx';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = process.argv[2] ?? `${ROOT}input/programme-rtes-2013-12-19.docx`;
/** The core properties' dates and every zip entry's date. */
const CREATED = '2013-12-02T09:12:00Z';
const MODIFIED = '2013-12-16T17:41:00Z';

const NBSP = '\u00a0';
const NETWORK = 'Réseau des collectivités Territoriales pour une Economie Solidaire';

const image = (name, width, height) =>
  new ImageRun({
    type: 'png',
    data: readFileSync(`${ROOT}fixtures/seed-docx/${name}`),
    transformation: { width, height },
    altText: { name, title: name, description: name },
  });

/** One Word paragraph of plain text. */
const p = (text, options = {}) => new Paragraph({ ...options, children: [new TextRun({ text, ...(options.run ?? {}) })] });
/** `count` empty paragraphs, as the author typed them to space the page. */
const blank = (count = 1) => Array.from({ length: count }, () => new Paragraph({ children: [] }));
const bullet = (text) => new Paragraph({ numbering: { reference: 'questions', level: 0 }, spacing: { after: 120 }, children: [new TextRun(text)] });

const firstPageHeader = new Header({
  children: [
    new Paragraph({ children: [image('rtes-logo.png', 72, 72), new TextRun({ text: NETWORK, bold: true, color: '4CA03C' })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [image('ess-logo.png', 90, 60), new TextRun('\t'), image('partner-logo.png', 60, 60)] }),
  ],
});
const otherPagesHeader = new Header({
  children: [
    new Paragraph({
      children: [image('ess-logo.png', 45, 30), image('rtes-small-logo.png', 40, 30), new TextRun({ text: NETWORK, bold: true, color: '4CA03C' })],
    }),
  ],
});

const centred = { alignment: AlignmentType.CENTER };
const strong = { run: { bold: true } };

const body = [
  p('Programme journée formation-échanges RTES', { ...centred, run: { bold: true, size: 32 } }),
  ...blank(),
  p('Jeudi 19 décembre 2013', { ...centred, ...strong }),
  ...blank(),
  p(`9h30${NBSP}- 16h45`, { ...centred, ...strong }),
  p(' Idéal Connaissances,  ', centred),
  p('93 avenue de Fontainebleau, 94 270 Kremlin Bicêtre ', centred),
  ...blank(),
  p('(sortie métro Kremlin-Bicêtre, ligne 7)', centred),
  ...blank(),
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: [
      new TextRun(
        'Depuis la journée de lancement de l’étude sur le rôle des collectivités locales dans les démarches de pôle territorial de coopération économique (PTCE)',
      ),
      new FootnoteReferenceRun(1),
      new TextRun(
        `, l’actualité a été riche${NBSP}: appel à projet gouvernemental lancé en juillet, qui a suscité plus de 170 réponses, définition des PTCE dans le projet de loi sur l’ESS,  inscription des PTCE dans plusieurs politiques locales,…`,
      ),
    ],
  }),
  ...blank(),
  p(
    `Après plusieurs mois de repérage et d’enquêtes auprès de collectivités et d’acteurs engagés dans des PTCE, le RTES et l’Atelier Coopératif souhaitent partager plusieurs éléments d’analyse et de propositions autour des questions suivantes${NBSP}:`,
    { alignment: AlignmentType.JUSTIFIED },
  ),
  bullet(
    `Quels argumentaires et leviers stratégiques permettraient une meilleure inscription dans les politiques locales du soutien à la coopération économique solidaire sur les territoires${NBSP}?`,
  ),
  bullet(`Quelles méthodologies et modes d’implication des collectivités locales sont adaptés aux valeurs et enjeux de développement des Pôles${NBSP}?`),
  bullet(
    `Quelles caractéristiques des territoires, des systèmes d’acteurs et modes d’implication des collectivités locales sont favorables${NBSP}à de telles démarches ?`,
  ),
  ...blank(),
  p(
    'Cette formation, co-organisée avec Idéal Connaissances, est principalement destinée aux élus et techniciens des collectivités locales, aux acteurs engagés dans des pôles territoriaux de coopération économique, et à leurs partenaires.',
    { alignment: AlignmentType.JUSTIFIED },
  ),
  ...blank(),
  p('Elle est également accessible en vidéo conférence.'),
  ...blank(),
  p(`9h${NBSP}: Accueil café${NBSP}`, strong),
  p(`9h30 - 9h50${NBSP}: Introduction de la journée et présentation de l’implication du RTES dans la démarche PTCE`, strong),
  ...blank(4),
  p('        '),
  p('Henri Arévalo, vice-président du RTES', { run: { italics: true } }),
  p(
    `9h50 – 11h${NBSP}: Présentation des principaux résultats de l’étude «${NBSP}Rôle des collectivités locales dans les dynamiques de PTCE${NBSP}» et thématiques`,
    strong,
  ),
  p('Sébastien Cornu, l’Atelier Coopératif', { run: { italics: true } }),
  ...blank(),
  p(`11h – 11h30${NBSP}: Présentation de la politique de soutien aux PTCE en Lorraine (en visio)`, strong),
  p(`Marie-Thérèse Gansoinat Ravaine${NBSP}: intérêt d’une démarche de PTCE pour une collectivité`, { run: { italics: true } }),
  ...blank(),
  p(`Aurélie Marand${NBSP}: les modalités d’inscription dans la politique régionale`, { run: { italics: true } }),
  ...blank(),
  p(`11h30-12h30${NBSP}: 1er temps d’échanges${NBSP}: les financements mobilisables et leur articulation `, strong),
  p(`12h30${NBSP}: Déjeuner sur place`, strong),
  p(`14h – 14h30${NBSP}: Présentation du PTCE Phares et de la démarche de Plaine Commune `, strong),
  ...blank(),
  p('Ana Larrègle, Plaine Commune', { run: { italics: true } }),
  ...blank(),
  p('Stéphane Berdoulet (Phares)', { run: { italics: true } }),
  ...blank(),
  p(`14h30-15h15${NBSP}: 2ème temps d’échanges${NBSP}: l’inscription d’un PTCE dans une démarche de territoire${NBSP}: conditions et difficultés`, strong),
  ...blank(),
  p(`15h15 – 15h45${NBSP}: Présentation du Pôle Coursive Boutaric${NBSP}`, strong),
  p('Frédéric Ménard, responsable de la coursive Boutaric', { run: { italics: true } }),
  p(`15h45 - 16h30${NBSP}: 3ème temps d’échanges${NBSP}: PTCE et transversalité au sein des collectivités et entre collectivités`, strong),
  ...blank(),
  p(`16h30${NBSP}: Conclusions de la journée`, strong),
  ...blank(),
  // Ctrl+Enter: Word keeps the page break in a paragraph of its own.
  new Paragraph({ children: [new PageBreak()] }),
  p('1ers retours sur l’étude sur le rôle possible des collectivités', strong),
  ...blank(2),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [image('screenshot.png', 480, 300)] }),
];

const doc = new Document({
  title: 'Programme journée formation-échanges RTES',
  subject: 'Journée formation-échanges sur les PTCE',
  creator: 'RTES',
  lastModifiedBy: 'RTES',
  revision: 3,
  styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'fr-FR' } } } } },
  numbering: {
    config: [
      {
        reference: 'questions',
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '·',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720, hanging: 360 } } },
          },
        ],
      },
    ],
  },
  footnotes: {
    1: {
      children: [
        new Paragraph({
          children: [
            new TextRun(' Organisé le 29 mai, voir '),
            new ExternalHyperlink({
              link: 'http://rtes.fr/Collectivites-locales-et-PTCE',
              children: [new TextRun({ text: 'http://rtes.fr/Collectivites-locales-et-PTCE', style: 'Hyperlink' })],
            }),
          ],
        }),
      ],
    },
  },
  sections: [
    {
      properties: { titlePage: true },
      headers: { first: firstPageHeader, default: otherPagesHeader },
      children: body,
    },
  ],
});

/**
 * Re-zips the package with fixed dates, fixed core-property timestamps and
 * the random relationship ids renamed in order of appearance.
 */
async function makeReproducible(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort();
  const parts = new Map();
  for (const name of names) parts.set(name, await zip.file(name).async('uint8array'));

  const ids = new Map();
  for (const name of names.filter((n) => n.endsWith('.rels'))) {
    const xml = Buffer.from(parts.get(name)).toString('utf8');
    for (const [, id] of xml.matchAll(/\bId="([^"]+)"/g)) {
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdLink${ids.size + 1}`);
    }
  }
  const out = new JSZip();
  const date = new Date(MODIFIED);
  for (const name of names) {
    let data = parts.get(name);
    if (/\.(xml|rels)$/.test(name)) {
      let xml = Buffer.from(data).toString('utf8');
      for (const [from, to] of ids) xml = xml.split(`"${from}"`).join(`"${to}"`);
      if (name === 'docProps/core.xml') {
        xml = xml
          .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${CREATED}`)
          .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${MODIFIED}`);
      }
      data = Buffer.from(xml, 'utf8');
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

const bytes = await makeReproducible(await Packer.toBuffer(doc));
writeFileSync(`${OUTPUT}.tmp`, bytes);
renameSync(`${OUTPUT}.tmp`, OUTPUT);
console.log(`wrote ${OUTPUT} (${bytes.length} bytes)`);
