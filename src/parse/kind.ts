/**
 * A session's kind, from its title's words in French or English. When a
 * title holds several kinds' words, the earliest one wins ("Déjeuner-débat"
 * is a meal, "Présentation et échanges" a talk), with two exceptions:
 * a meal beats a break ("Pause déjeuner") and a welcome beats a break
 * ("Café d'accueil"); "welcome" before a meal only says which meal it is
 * ("Welcome dinner"). "Plenary" only says the whole room is there: it makes
 * a talk when no other kind's word is in the title ("Plenary: reporting back"
 * is a discussion). A kind's word right before a meal's names the meal
 * ("Forum supper"), and a meeting's business items (apologies, minutes,
 * matters arising, approbation du procès-verbal) are `other`.
 */
import type { SessionKind } from '../model/programme.js';
import { foldForMatch } from '../text/normalize.js';

const KEYWORDS: Array<[SessionKind, RegExp]> = [
  // The business items of a meeting (apologies, minutes, matters arising) are neither talks nor discussions.
  ['other', /\b(apologies|apologies for absence|minutes of (?:the )?(?:last|previous)|(?:approval of|approve) the minutes|matters arising|approbation (?:du|des) (?:proces-verba(?:l|ux)|comptes?[- ]rendus?)|adoption (?:du|des) (?:proces-verba(?:l|ux)|comptes?[- ]rendus?))\b/gu],
  ['welcome', /\b(accueil|emargement|inscriptions?|registration|welcome coffee|arrivee?s?|arrivals?|check-?in)\b|^doors open\b|^ouverture des portes\b|mot d'accueil|mots? de bienvenue|\bwelcome\b(?!\s+(address|speech|remarks|dinner|lunch|supper|breakfast|reception|drinks|buffet|barbecue|bbq))/gu],
  ['break', /\b(pause|break|coffee|cafe|tea|refreshments?|gouter|collation)\b/gu],
  ['meal', /\b(pot de l'amitie|pot|dejeuner|lunch|diner|dinner|supper|cocktail|buffet|repas|breakfast|petit-dejeuner|aperitif|brunch|reception|drinks)\b/gu],
  ['discussion', /\b(tables?[- ]rondes?|round[- ]?tables?|echanges?|debats?|debates?|restitutions?|groupes? de travail|mise en commun|panel|discussions?|questions|questions? (?:and|&) answers?|q ?& ?a|q and a|forum|world cafe|ateliers?|workshops?|breakout|dialogue|concertation|temps d'echanges?|any other business|aob|points? divers|tour de table|open floor|open space|feedback|report(?:ing)? back|sharing|hands-on|labs?|practicals?|travaux pratiques|(?:mentoring|learning|peer) circles?|tutorials?|skill-?shares?|skills share|show and tell|unconference|(?:travaux|travail) en (?:sous-)?groupes?|in pairs|en binomes?|clinics?)\b/gu],
  ['closing', /\b(conclusions?|cloture|closing|closes?|bilan de la (journee|rencontre|seance)|fin de (la )?(journee|seance|rencontre)|fin des travaux|end of|wrap[- ]up|farewell|remerciements)\b/gu],
  ['talk', /\b(presentations?|interventions?|conferences?|keynote|expose|talks?|lecture|introductions?|ouverture|opening|temoignages?|allocution|discours|welcome (address|speech|remarks)|retours? d'experience|case stud(y|ies)|synthese|grands? temoins?|reports?|rapports?|bilans?|parallel sessions?|sessions? paralleles|concurrent sessions?)\b/gu],
];
/** Words that make a talk only when nothing else in the title names the slot. */
const WEAK_TALK = /\b(plenieres?|plenary)\b/u;

export function classifySession(title: string, hasSpeakers: boolean): SessionKind {
  const text = foldForMatch(title).replace(/[’]/gu, "'");
  const found = new Map<SessionKind, number>();
  const ends = new Map<SessionKind, number>();
  for (const [kind, pattern] of KEYWORDS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (!match) continue;
    found.set(kind, match.index);
    ends.set(kind, match.index + match[0].length);
  }
  // "Forum supper", "Workshop lunch": a kind's word right before the meal only says which meal it is.
  const meal = found.get('meal');
  if (meal !== undefined) {
    for (const [kind, end] of ends) if (kind !== 'meal' && /^[\s-]+$/u.test(text.slice(end, meal))) found.delete(kind);
  }
  // "Les listes électorales : inscriptions et radiations": registration after a colon is the subject, not the arrival.
  const welcome = found.get('welcome');
  const colon = text.indexOf(':');
  if (welcome !== undefined && colon >= 0 && welcome > colon && /^inscriptions?\b/u.test(text.slice(welcome))) found.delete('welcome');
  if (found.has('meal') && found.has('break')) found.delete('break');
  if (found.has('welcome') && found.has('break')) found.delete('break');
  // "Conference dinner", "Keynote lunch": the meal or the break is what the slot is.
  if (found.has('talk') && (found.has('meal') || found.has('break'))) found.delete('talk');
  if (found.size === 0 && WEAK_TALK.test(text)) return 'talk';
  let best: SessionKind | null = null;
  let bestAt = Infinity;
  for (const [kind, at] of found) {
    if (at < bestAt) {
      best = kind;
      bestAt = at;
    }
  }
  return best ?? (hasSpeakers ? 'talk' : 'other');
}
