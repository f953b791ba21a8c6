/**
 * What a person's name looks like in a programme: an optional title (M.,
 * Mme, Dr, Prof., Cllr…), then two to four name words (Jean-Pierre, DUPONT,
 * O’Neil, J.), particles allowed (de, van, von…). A title alone with one
 * surname also counts ("Dr Smith"). Structural words that start titles of
 * sessions (Présentation, Workshop, Pause…) are never a first name.
 */

const TITLES = [
  'M\\.', 'MM\\.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Miss', 'Dr\\.?', 'Drs?\\.', 'Pr\\.?', 'Prof\\.?', 'Professor',
  'Professeur', 'Professeure', 'Docteur', 'Cllr\\.?', 'Councillor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev\\.?', 'Hon\\.?', 'Maître',
  'Monsieur', 'Madame', 'Mgr', 'Père', 'Sœur', 'Soeur',
  // Police and service ranks written before a name ("Insp. Gareth Lowe", "Sgt Amy Holt").
  'Insp\\.?', 'Inspector', 'Sgt\\.?', 'Sergeant', 'Supt\\.?', 'Superintendent', 'Capt\\.?', 'Captain',
  '(?:Assistant |Deputy )?Chief Constable', 'Chief Inspector', 'Chief Superintendent', 'ACC', 'DCC', 'Commissaire', 'Commandant', 'Colonel', 'Général',
];
export const TITLE = `(?:${TITLES.join('|')})`;
const OPENS_WITH_TITLE = new RegExp(`^${TITLE}`, 'u');
const TITLED_NAME = new RegExp(`^${TITLE}\\s`, 'u');

/** The name opens with a title: "Dr Jane Doe", "Mme Martin", "Cllr Lee". */
export function hasTitle(name: string): boolean {
  return TITLED_NAME.test(name);
}
const UPPER = '\\p{Lu}';
const LOWER = '[\\p{Ll}\\p{M}]';
/** Jean, Jean-Pierre, O’Neil, McDonald, DUPONT, J., J.-P. */
const NAME_WORD = `(?:${UPPER}['’]${UPPER}${LOWER}+|${UPPER}${LOWER}+(?:${UPPER}${LOWER}+)?(?:[-‑'’]${UPPER}?${LOWER}+)*|${UPPER}{2,}(?:[-‑'’]${UPPER}{2,})*|${UPPER}\\.(?:-${UPPER}\\.)?)`;
// Irish surnames' particles are capitalised: Seán Ó Riordáin, Áine Ní Bhriain, Cathal Mac Giolla.
const PARTICLE = `(?:de|du|des|d[’']|van|von|der|den|da|di|le|la|del|della|dos|das|ben|bin|ibn|al|el|ter|zu|y|st\\.?|Ó|Ní|Nic|Mac|Uí)`;
const NAME_TAIL = `(?:\\s+(?:${PARTICLE}\\s*)?${NAME_WORD})`;

/** A full name at the start of a text. Group 1: the name. */
export const LEADING_NAME = new RegExp(
  `^((?:${TITLE}\\s+(?:${PARTICLE}\\s*)?${NAME_WORD}${NAME_TAIL}{0,3})|(?:${NAME_WORD}${NAME_TAIL}{1,3}))(?![\\p{L}\\p{M}\\d])`,
  'u',
);

/**
 * Capitalised words that begin session titles, headings and practical lines:
 * if a line starts with one, it is not a person's name.
 */
const NOT_A_FIRST_NAME = new Set(
  (
    'présentation presentation introduction ouverture conclusion conclusions clôture cloture accueil pause déjeuner dejeuner dîner diner ' +
    'atelier ateliers table temps questions question échanges echanges échange débat debat visite visites session séance seance plénière pleniere ' +
    'synthèse synthese salle lieu inscription inscriptions programme journée journee matinée matin après-midi apres-midi soirée soiree buffet ' +
    'cocktail remise projection film point retour retours bilan assemblée assemblee rapport vote élection election elections témoignage ' +
    'temoignage témoignages intervention interventions conférence conference conférences keynote panel workshop workshops opening closing ' +
    'plenary networking dinner lunch break coffee tea reception registration welcome room venue day the a an le la les un une des du de ' +
    'pour avec par sur en et or and with by for on in at to from of ou mot discours allocution fin end début start forum café cafe ' +
    'animation modération moderation chair questions-réponses q&a plan ordre rappel note notes contact contacts tél tel email mail site ' +
    'accès acces access parking métro metro bus tram train gare station entrée entree tarif tarifs prix gratuit free lunch ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday ' +
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre january february march april ' +
    'may june july august september october november december rue avenue boulevard place chemin quai route street road lane square ' +
    'réseau reseau association fédération federation université university ville city conseil council région region département ' +
    'departement ministère ministere agence centre center institut institute groupe group comité comite collectif commune communauté ' +
    'communaute mairie métropole metropole maison hôtel hotel espace cité cite parc palais hall halls room rooms auditorium amphi ' +
    'amphithéâtre amphitheatre main grand great morning afternoon evening matin midi track stream parallel round breakout ' +
    'drinks dinner supper visit tour excursion guided exhibition exposition poster posters award awards prize'
  ).split(/\s+/u),
);

export function leadingName(text: string): string | null {
  const match = LEADING_NAME.exec(text);
  if (!match) return null;
  const name = match[1]!;
  const first = name.split(/\s+/u)[0]!.toLowerCase().replace(/[.,:]$/u, '');
  if (NOT_A_FIRST_NAME.has(first)) return null;
  // Two all-caps words with no lower case at all is more often an acronym pair than a name.
  if (!/\p{Ll}/u.test(name) && !OPENS_WITH_TITLE.test(name)) return null;
  return name;
}

/**
 * Words that make a capitalised phrase an organisation or a place rather than
 * a person ("Hove City Council", "Crafts Guild"): such a phrase is never a
 * speaker's name, even when it has a name's shape. Words that are also
 * common surnames (Hall, Church, Parish, England) are left out.
 */
const ORGANISATION_NAME_WORD = new Set(
  (
    'city county borough district council councils metropolitan combined authority authorities agency ' +
    'trust trusts foundation society association network partnership partners alliance federation union league guild club ' +
    'institute institution university college school academy centre center museum library gallery theatre ' +
    'company ltd limited plc cic llp group services service department ministry office bureau board committee commission ' +
    'arts culture heritage housing homes health care national regional ' +
    'réseau reseau conseil ville mairie commune communauté communaute région region département departement métropole metropole ' +
    'agence institut université universite fédération federation collectif syndicat fondation ministère ministere comité comite ' +
    'chambre office maison observatoire groupe société societe compagnie banque'
  ).split(/\s+/u),
);

/** A name as found by `leadingName` that reads as a person's: a title (Dr, Mme), or no organisation word in it. */
export function isPersonName(name: string): boolean {
  if (hasTitle(name)) return true;
  return !name.split(/\s+/u).some((word) => ORGANISATION_NAME_WORD.has(word.toLowerCase().replace(/[.,:]$/u, '')));
}

/**
 * Words that name a building, a room or a venue ("Kings Arms", "Salle du
 * conseil", "Hôtel de ville"): a phrase holding one is a place, never a
 * person. Words that are also common surnames (Hall, House, Church, Park)
 * count only after a word saying what kind of place it is ("Town Hall",
 * "Village Hall", "Community Church"), so "Peter Hall" stays a person.
 */
const PLACE_WORD = new Set(
  (
    'inn arms pub tavern hotel hôtel mairie école ecole église eglise chapelle chapel room rooms chamber ' +
    'auditorium pavilion stadium gymnase médiathèque mediatheque bibliothèque bibliotheque théâtre theatre cinéma cinema ' +
    'restaurant brasserie centre center library museum gallery campus château chateau abbaye cathedral cathédrale cathedrale'
  ).split(/\s+/u),
);
/** "Salle du conseil", "Grande salle": a room, but Salles is also a surname ("Jean-Paul Salles"). */
const ROOM_FIRST = /^(?:(?:grande|petite)\s+)?salles?$/iu;
const PLACE_HEAD = new Set('hall halls house church park gardens lodge court barn institute'.split(/\s+/u));
const PLACE_KIND = new Set(
  (
    'town village parish church memorial community guild city county civic market assembly drill concert music sports ' +
    'function meeting council conference exhibition jubilee methodist baptist scout masonic corn mechanics lecture leisure ' +
    'youth miners'
  ).split(/\s+/u),
);

/** A capitalised phrase that names a place ("Greyford Town Hall", "The Kings Arms"), not a person. */
export function isPlaceName(name: string): boolean {
  if (hasTitle(name)) return false;
  const words = name.split(/\s+/u).map((word) => word.toLowerCase().replace(/[.,:]$/u, ''));
  if (words.some((word) => PLACE_WORD.has(word))) return true;
  if (ROOM_FIRST.test(words[0]!) || (words.length > 1 && ROOM_FIRST.test(`${words[0]} ${words[1]}`))) return true;
  return words.some((word, i) => i > 0 && PLACE_HEAD.has(word) && PLACE_KIND.has(words[i - 1]!));
}
