/**
 * The conversions the snapshot builder runs before the snapshot is taken, so
 * that the code a one-file run needs is already compiled and its caches
 * (parsed fonts, shaped words, date-parser tables) already filled: two small,
 * made-up programmes, one French and one English, through the readers and
 * every default renderer. Their outputs are thrown away.
 */
import { DEFAULT_FORMATS } from '../render/registry.js';
import { extractProgramme, renderProgramme } from '../pipeline.js';
import { renderContext } from '../render/context.js';

export const WARM_UP_PROGRAMMES: ReadonlyArray<{ fileName: string; text: string }> = [
  {
    fileName: 'journee.txt',
    text: `Réseau des villes pour l’économie locale

Programme de la journée d’échanges

Mardi 14 mars 2017

9h30 - 17h00
Maison des associations, 12 rue des Lilas, 69003 Lyon
(métro Saxe-Gambetta, ligne B)

Cette journée réunit élus et techniciens autour des coopérations territoriales¹.

9h30 : Accueil café

10h00 - 10h30 : Ouverture
Claire Martin, présidente du réseau, adjointe au maire de Lyon

10h30 - 12h30 : Table ronde « Les pôles de coopération »
Animée par Paul Dubois, délégué général
- Anne Leroy (Ville de Nantes) – retour d’expérience
- Marc Petit, Communauté urbaine de Lille

12h30 - 14h00 : Déjeuner sur place

14h00 - 16h30 : Ateliers
Atelier 1 : financer les projets
Atelier 2 : évaluer l’utilité sociale

16h30 - 17h00 : Conclusions et perspectives

¹ Inscription gratuite mais obligatoire.
`,
  },
  {
    fileName: 'conference.txt',
    text: `Northbridge Community Energy Conference

Saturday 9 May 2015, 10.00am – 4.00pm
Town Hall, 1 Market Square, Northbridge NB1 2AA

10.00am   Registration and coffee
10.30 – 11.15   Welcome and keynote: Energy for everyone
Dr Simon Achebe (Northbridge University) – twenty years of local power
11.15   Break
11.30 – 12.30   Panel: Funding community schemes
Chaired by Cllr Janet Okoro
Panel: Peter Lamb (Green Fund), Mary Shaw (Co-op Bank) and Ravi Patel
12.30pm   Lunch
1.30pm – 3pm   Workshops
3pm – 4pm   Closing remarks
`,
  },
];

/** Converts each warm-up programme (plus `extra` inputs, such as a small .docx) to every default format. */
export async function warmUp(extra: ReadonlyArray<{ fileName: string; bytes: Uint8Array }> = []): Promise<void> {
  const inputs = [...WARM_UP_PROGRAMMES.map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) })), ...extra];
  for (const { fileName, bytes } of inputs) {
    const programme = await extractProgramme(bytes, fileName);
    await renderProgramme(programme, DEFAULT_FORMATS, renderContext(programme, {}));
  }
}
