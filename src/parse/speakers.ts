/**
 * Speaker lines: `Name, role, Organisation`, `Name (Organisation)`,
 * `Name : topic`, `Dr Firstname Lastname (University) – topic`, several on
 * one line joined by `;`, `et`, `and`, `&`, and lists introduced by
 * `Intervenants :` / `Speakers:` / `Présentation par` / `Intervention de` /
 * `Avec` / `With` (the label is never part of a name). Chair and moderator
 * lines are told apart: they belong in a session's notes, not its speakers.
 */
import type { Speaker } from '../model/programme.js';
import { hasTitle, isPersonName, isPlaceName, leadingName } from './names.js';
import { isStreet } from './venue.js';

const CHAIR = /^(?:animation|anim[ée]e?s?\s+par|mod[ée]ration|mod[ée]rat(?:eur|rice)s?|mod[ée]r[ée]e?s?\s+par|pr[ée]sidence|pr[ée]sid[ée]e?s?\s+par|chair(?:ed\s+by|person|s)?|co-?chairs?|moderat(?:or|ors|ed\s+by)|facilitat(?:or|ors|ed\s+by|ion)|host(?:ed\s+by)?|animateur|animatrice|grand\s+t[ée]moin|led\s+by|conduit\s+par|men[ée]e?\s+par)\b/iu;
const SPEAKER_INTRO = /^(?:intervenant(?:[·.]?e)?(?:[·.]?s)?|intervenante?s?|avec|with|speakers?|panel(?:l)?ists?|panel|pr[ée]sent[ée]e?s?\s+par|pr[ée]sentations?\s+par|interventions?\s+(?:de|d['’]|du|des)|par|by|orat(?:eur|rice)s?|t[ée]moins?|presenters?|presented\s+by)(?:(?<=['’])|(?![\p{L}]))\s*:?\s*(?=\S|$)/iu;

/**
 * A session role written after a person's name: `(modératrice)`, `(présidente de séance)`,
 * `– animation`, `, facilitator`. "Président(e)" alone is an office ("présidente de l'UNES"),
 * not the chair of the session.
 */
const SESSION_ROLE = /^(?:session\s+|co-?)?(?:mod[ée]rat(?:eur|rice|ion)s?|moderat(?:or|ors|ion)|facilitat(?:or|ors|ion)|anima(?:teur|trice|tion)s?|pr[ée]sid(?:ent|ente)\s+de\s+(?:la\s+)?s[ée]ance|pr[ée]sidence(?:\s+de\s+(?:la\s+)?s[ée]ance)?|chair(?:man|woman|person)?\s+(?:of|for)\s+the\s+(?:session|day|meeting|forum|debate|discussion|panel)|session\s+chair)$/iu;
/** "Chair" alone names the chair only in brackets or after a dash: "Name, Chair" may be the chair of an organisation. */
const BARE_CHAIR = /^(?:co-?)?chair(?:man|woman|person)?$/iu;

export function isChairLine(text: string): boolean {
  const line = text.trim();
  return CHAIR.test(line) || namesChairRole(line);
}

/** `Councillor Jane Doe (Chair)`, `Mme X (présidente de séance)`, `Name – animation`: a person in the chair. */
function namesChairRole(line: string): boolean {
  const name = leadingName(line);
  if (!name) return false;
  const rest = line.slice(name.length).trim().replace(/[.;]$/u, '');
  const bracketed = /^\(\s*([^()]+?)\s*\)$/u.exec(rest)?.[1];
  const dashed = /^[–—-]\s*(.+)$/u.exec(rest)?.[1]?.trim();
  const other = /^[,:]\s*(.+)$/u.exec(rest)?.[1]?.trim();
  const role = bracketed ?? dashed ?? other;
  if (!role) return false;
  return SESSION_ROLE.test(role) || ((bracketed ?? dashed) !== undefined && BARE_CHAIR.test(role));
}

/** `Intervenants : A, B` → the text after the introducer ('' when the list follows on the next lines). */
export function speakerListIntro(text: string): string | null {
  const match = SPEAKER_INTRO.exec(text.trim());
  if (!match) return null;
  const rest = text.trim().slice(match[0].length);
  // "Par" and "With" open ordinary sentences too: require a colon or a name right after.
  if (!/:\s*/u.test(match[0]) && !leadingName(rest)) return null;
  return rest;
}

/** One or several speakers written on a line, or null if the line is not a speaker line. */
export function parseSpeakerLine(text: string, { listContext = false } = {}): Speaker[] | null {
  const line = text.trim().replace(/[.;]$/u, '');
  if (!line) return null;
  for (const separator of [SEMICOLON, AND, ...(listContext ? [COMMA_OR_AND] : [])]) {
    const parts = line.split(separator);
    if (parts.length < 2) continue;
    const speakers = parts.map((p) => parseOneSpeaker(p));
    if (!speakers.every((s): s is Speaker => s !== null)) continue;
    // "Dr Anna Kovacs, Mr Tom Ridley and …": a titled name after a comma is the next person, no affiliation.
    if (speakers.some((s) => s.affiliation !== null && hasTitle(s.affiliation))) continue;
    if (separator !== SEMICOLON && !joinsPeople(line, separator, speakers)) continue;
    if (separator === COMMA_OR_AND && !isNameList(speakers)) continue;
    return speakers;
  }
  const single = parseOneSpeaker(line);
  return single ? [single] : null;
}

const SEMICOLON = /\s*;\s*/u;
const AND = /\s+(?:et|and|&)\s+(?=\p{Lu})(?![^()]*\))/u;
/** Commas and "et"/"and" outside brackets: "A (Org), B (Org) et C (Org)". */
const COMMA_OR_AND = /\s*,\s*(?![^()]*\))|\s+(?:et|and|&)\s+(?=\p{Lu})(?![^()]*\))/u;

/**
 * "A & B", "A and B", "A et B" join two people only when both sides read as
 * people: "Hove City Council" is not a person, and a joiner after an
 * organisation has begun ("Jo Lee, Arts & Crafts Guild", "Ville de X et Y
 * Agglomération") belongs to that organisation's name unless the part after
 * it shows its own person (a title, or an affiliation of its own).
 */
function joinsPeople(line: string, separator: RegExp, speakers: Speaker[]): boolean {
  if (!speakers.every((s) => isPersonName(s.name))) return false;
  const joiners = line.split(new RegExp(`(${separator.source})`, 'u')).filter((_, i) => i % 2 === 1);
  return joiners.every((joiner, i) => {
    if (joiner.includes(',')) return true;
    return speakers[i]!.affiliation === null || showsPerson(speakers[i + 1]!);
  });
}

/**
 * A comma list is a list of people when each part says so (an organisation
 * in brackets, a title such as Dr or Mme) or when it has three names or more:
 * "Ana Larrègle, Plaine Commune" is one person and her organisation.
 */
function isNameList(speakers: Speaker[]): boolean {
  if (speakers.some((s) => s.topic !== null)) return false;
  return speakers.every(showsPerson) || speakers.length >= 3;
}

/** A speaker who reads as a person on the page: an affiliation beside the name, or a title before it. */
export function showsPerson(speaker: Speaker): boolean {
  return speaker.affiliation !== null || hasTitle(speaker.name);
}

const BRACKETED = /^\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?:(?:[–—-]|:)\s*(.+))?$/u;

export function parseOneSpeaker(text: string): Speaker | null {
  const line = text.trim();
  const name = leadingName(line);
  // "Greyford Town Hall" under an evening item is where it happens, not who speaks.
  if (!name || isPlaceName(name)) return null;
  const rest = line.slice(name.length);
  const trimmed = rest.trim();
  if (trimmed === '') return { name, affiliation: null, topic: null };
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) return { name, affiliation: clean(bracketed[1]), topic: clean(bracketed[2]) };
  const colon = /^[\s\u00a0]*:[\s\u00a0]*(.+)$/u.exec(rest);
  if (colon) return { name, affiliation: null, topic: clean(colon[1]) };
  const comma = /^\s*,\s*(.+)$/u.exec(rest);
  // "Tigh Mhurchú, Quay Street, Ballinmore" under a dinner: a place and its address, no person.
  if (comma && isStreet(comma[1]!.split(',')[0]!)) return null;
  if (comma) {
    const [affiliation, topic] = splitTopic(comma[1]!);
    return { name, affiliation, topic };
  }
  const dash = /^\s+[–—-]\s+(.+)$/u.exec(rest);
  if (dash) {
    const after = dash[1]!.trim();
    // "Name – Leeds City Council" names an organisation; "Name – les enjeux…" a topic.
    return /^\p{Ll}/u.test(after) ? { name, affiliation: null, topic: after } : { name, affiliation: after, topic: null };
  }
  return null;
}

/** "role, Organisation : topic" → affiliation and topic. */
function splitTopic(text: string): [string | null, string | null] {
  const m = /^(.*?)[\s\u00a0]+(?::|[–—]\s)[\s\u00a0]*(.+)$/u.exec(text);
  return m ? [clean(m[1]), clean(m[2])] : [clean(text), null];
}

function clean(text: string | undefined): string | null {
  const value = text?.trim().replace(/^[,:;\s]+|[,;\s]+$/gu, '') ?? '';
  return value === '' ? null : value;
}
