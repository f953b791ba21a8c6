/**
 * The venue block of a title page: a name line, an address line with a
 * postal code and a city, an access line (`(sortie métro …)`, `Tube: …`).
 * Postal codes: French (`94270`, `94 270`), British (`SW1A 2AA`), and
 * five-digit codes generally (most of Europe, the US).
 */
import type { Venue } from '../model/programme.js';
import { withoutOuterBrackets } from '../text/normalize.js';
import { readLabel, withoutLabel, type Labelled } from './labels.js';

const FR_POSTCODE = /(?:^|[\s,])((?:\d{2}[\s\u00a0]?\d{3})|(?:[1-9]\d{3}))[\s\u00a0]+(\p{Lu}[\p{L}\p{M}'’\-]*(?:[\s\u00a0\-]+(?:\p{Lu}|sur\b|sous\b|en\b|le\b|la\b|les\b|de\b|du\b|d['’]|lès\b|lez\b|upon\b|on\b)[\p{L}\p{M}'’\-]*)*(?:[\s\u00a0]+Cedex(?:[\s\u00a0]+\d+)?)?)/u;
const UK_POSTCODE = /(?:^|[\s,])(?:(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s\p{Lu}[\p{L}\p{M}'’\-]+)*),?\s+)?([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/u;
/**
 * A postcode and its city ("94270 Le Kremlin-Bicêtre", "1040 Bruxelles"),
 * except a year opening a title ("2023 Nonprofit Leadership Summit"): four
 * figures that read as a year, at the start, before several words.
 */
function postcodeAndCity(text: string): RegExpExecArray | null {
  const match = FR_POSTCODE.exec(text);
  if (!match) return null;
  const yearFirst = /^(?:19|20)\d{2}$/u.test(match[1]!) && text.slice(0, match.index).trim() === '' && match[2]!.trim().split(/\s+/u).length >= 2;
  return yearFirst ? null : match;
}

/** A US city's state and ZIP code, after a comma: "Milwaukee, WI 53202". */
const US_POSTCODE = /,[\s\u00a0]*[A-Z]{2}[\s\u00a0]+\d{5}(?:-\d{4})?\b/u;
const US_STATE_ZIP = /^([A-Z]{2})[\s\u00a0]+(\d{5}(?:-\d{4})?)$/u;
/** A street: "12 rue …", "93 avenue …", "Windmill Street", "1 Park Lane". */
const STREET = /\b\d+(?:\s?(?:bis|ter|[a-z]))?,?\s+\p{L}|(?:^|\s)(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|quai|route|impasse|cours|passage|esplanade|parvis|rond-point)\s|\s(?:street|st\.|road|rd\.?|lane|avenue|way|drive|square|gardens|terrace|row|crescent|place|quay|wharf)$/iu;
const ACCESS = /\b(m[ée]tro|rer|tram(?:way)?|bus|gare|station|parking|acc[èe]s|access|underground|tube|train|ligne|line|sortie|exit|arr[êe]t|stop|navette|shuttle|walk|minutes? (?:à pied|from))\b/iu;
/** "at St Mary's Hall", "à la Maison des associations": the sentence's preposition is not part of the name. */
const LEADING_PREPOSITION = /^(?:at|in|à\s+l['’]|à\s+la|à|au|aux)(?:\s+|(?<=['’]))(?=[\p{L}\d])/iu;

export interface VenueLine {
  index: number;
  text: string;
}

export interface FoundVenue {
  venue: Venue;
  /** Indexes of the lines the venue was read from (they are not description). */
  used: number[];
}

/** The first lines of a title page, where a letterhead gives its organisation's own address. */
const LETTERHEAD_LINES = 5;

/** Looks for a venue in the given lines (the title page, before the schedule). */
export function findVenue(lines: VenueLine[], isOther: (index: number) => boolean, eventDateIndex = -1): FoundVenue | null {
  const isVenueLine = (l: VenueLine) => {
    const label = readLabel(l.text);
    if (label) return label.kind === 'venue' && l.text.length < 160;
    return postcodeAndCity(l.text) !== null || UK_POSTCODE.test(l.text) || US_POSTCODE.test(l.text);
  };
  // A letterhead's own address at the top of the page is not the venue when another follows the event's date.
  let at = lines.findIndex(isVenueLine);
  const afterDate = lines.findIndex((l) => l.index > eventDateIndex && isVenueLine(l));
  if (at >= 0 && eventDateIndex >= 0 && lines[at]!.index < Math.min(eventDateIndex, LETTERHEAD_LINES) && afterDate >= 0) at = afterDate;
  // No postcode: "Mildura Arts Centre, 199 Cureton Avenue, Mildura", "Kilbrack Community Centre, Main Street, Kilbrack".
  if (at < 0) at = lines.findIndex((l) => !isOther(l.index) && isStreetAddressLine(l.text));
  if (at < 0) return null;
  let line = lines[at]!;
  const used = [line.index];
  // "Lieu :" alone: the venue is on the lines below (a name, then the address with its postcode).
  if (readLabel(line.text)?.value === '') {
    const block = [lines[at + 1], lines[at + 2]].filter((l, k): l is VenueLine => l !== undefined && l.index === line.index + k + 1 && !readLabel(l.text));
    const postal = block.findIndex((l) => postcodeAndCity(l.text) !== null || UK_POSTCODE.test(l.text));
    if (postal >= 0) {
      at += postal + 1;
      line = lines[at]!;
      used.push(line.index);
    } else if (block[0]) {
      line = block[0];
      used.push(line.index);
    }
  }
  const venue: Venue = { name: null, address: null, postalCode: null, city: null, access: null };
  const text = withoutPreposition(venueClause(withoutLabel(line.text, ['venue'])));

  // "…, 94270 Kremlin Bicêtre (sortie métro Kremlin-Bicêtre, ligne 7)": access in brackets at the end.
  const bracket = /\s*\(([^()]+)\)\s*$/u.exec(text);
  const main = bracket && ACCESS.test(bracket[1]!) ? text.slice(0, bracket.index) : text;
  if (main !== text) venue.access = bracket![1]!.trim();
  const segments = joinStreetNumbers(main.split(/\s*,\s*(?![^()]*\))|\s+[–—]\s+/u).map((t) => t.replace(/[\s,;–—-]+$/u, '')).filter(Boolean));
  const postal = locatePostcode(segments);
  if (postal) {
    venue.postalCode = postal.postalCode;
    venue.city = postal.city;
    const before = segments.slice(0, postal.segment);
    if (postal.before) before.push(postal.before);
    // "Name, 12 rue X, 75000 Paris": the segments before the street are the name; with no
    // street recognised, "Fellside Centre, Mill Brow, Kirkby KH7 2RT" is a name then an address.
    const street = before.findIndex((s) => STREET.test(s));
    if (street > 0) {
      venue.name = before.slice(0, street).join(', ');
      venue.address = before.slice(street).join(', ');
    } else if (street < 0 && before.length >= 2) {
      venue.name = before[0]!;
      venue.address = before.slice(1).join(', ');
    } else if (before.length > 0) venue.address = before.join(', ');
    const after = segments.slice(postal.segment + 1).filter((s) => !s.includes(postal.postalCode)).join(', ');
    if (after && ACCESS.test(after)) venue.access = stripBrackets(after);
  } else {
    // No postcode: "Name, street, City", the city a short place name after the street.
    const street = segments.findIndex((s, i) => i > 0 && STREET.test(s));
    const city = street > 0 && street === segments.length - 2 && isTownName(segments.at(-1)!) ? segments.at(-1)! : null;
    venue.name = segments[0] ?? null;
    venue.address = segments.slice(1, city ? -1 : undefined).join(', ') || null;
    venue.city = city;
  }

  // The street on the line above the postcode line ("Marlford Library" / "8 Abbey Street" / "Marlford MF2 6BN").
  let top = at;
  const streetAbove = lines[at - 1];
  if (!venue.address && streetAbove && streetAbove.index === line.index - 1 && !used.includes(streetAbove.index) && !isOther(streetAbove.index) && isStreetLine(streetAbove.text)) {
    venue.address = streetAbove.text.replace(/[,;\s]+$/u, '');
    used.unshift(streetAbove.index);
    top = at - 1;
  }
  // The name on the line above when it names a place: short, not a date or time, not used otherwise.
  const previous = lines[top - 1];
  if (!venue.name && previous && previous.index === lines[top]!.index - 1 && !used.includes(previous.index) && !isOther(previous.index) && namesPlace(previous.text)) {
    const name = withoutPreposition(withoutLabel(previous.text, ['venue']).replace(/[,;:\s]+$/u, ''));
    // "Palais des congrès, 3 esplanade Lamartine" above "71990 Chalmont": the name, then the street.
    const parts = name.split(/\s*,\s*/u);
    const street = parts.findIndex((part, i) => i > 0 && STREET.test(part));
    if (street > 0 && !venue.address) {
      venue.name = parts.slice(0, street).join(', ');
      venue.address = parts.slice(street).join(', ');
    } else venue.name = name;
    used.unshift(previous.index);
  } else if (!venue.name && venue.address && !STREET.test(venue.address) && venue.address.split(' ').length <= 5) {
    // "Idéal Connaissances, 75000 Paris": no street, the segment is the place's name.
    venue.name = venue.address;
    venue.address = null;
  }
  // Access directions on the line below: in brackets, after an access label, or a short line of transport words.
  const nextAt = lines.findIndex((l) => l.index === line.index + 1);
  const next = lines[nextAt];
  if (!venue.access && next && !isOther(next.index) && isAccessLine(next.text)) {
    venue.access = stripBrackets(next.text);
    used.push(next.index);
  }
  // "Getting there: …" further down the title page.
  const labelled = venue.access ? undefined : lines.find((l) => !isOther(l.index) && !used.includes(l.index) && isDirections(readLabel(l.text)));
  if (labelled) {
    venue.access = readLabel(labelled.text)!.value;
    used.push(labelled.index);
  }
  return { venue, used };
}

/** A line of directions: bracketed, labelled, or short with a transport word; never a prose paragraph. */
function isAccessLine(text: string): boolean {
  const label = readLabel(text);
  if (label) return isDirections(label);
  if (/^\(.*\)$/u.test(text)) return true;
  return ACCESS.test(text) && text.split(/\s+/u).length <= MAX_ACCESS_WORDS && !/[.!?]\s+\p{Lu}/u.test(text);
}
const MAX_ACCESS_WORDS = 16;

/**
 * An access label's value gives directions: "Getting there:" always does,
 * "Accès :" / "Access:" unless it speaks of admission ("Accès : libre et
 * gratuit", "Access: free, booking required").
 */
function isDirections(label: Labelled | null): boolean {
  if (!label || label.kind !== 'access' || label.value === '') return false;
  return !/^(?:acc[èe]s|access)\b/iu.test(label.label) || WAY_IN.test(label.value) || !ADMISSION.test(label.value);
}
/** Transport and ways into the building: "parking gratuit" and "step-free entrance" are directions. */
const WAY_IN = new RegExp(`${ACCESS.source.replace('acc[èe]s|access|', '')}|\\b(?:car park|entrance|entr[ée]e|step-free|lift|ascenseur|rampe?)\\b`, 'iu');
/** Words of admission (price, booking, who may come), not of directions. */
const ADMISSION = /\b(?:gratuit|libre|payant|free(?! parking)|paying|charge|inscriptions?|registration|register|booking|book|r[ée]serv\p{L}*|tarifs?|tickets?|billets?|members?|adh[ée]rents?|ouvert\s+à|open\s+to|réservé|reserved)\b|[€£$]/iu;

/** "14" then "rue des Tanneurs" (split at the comma of "14, rue des Tanneurs"): one street address. */
function joinStreetNumbers(segments: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const following = segments[i + 1];
    if (/^\d{1,4}(?:\s?(?:bis|ter|[a-z]))?$/iu.test(segment) && following && STREET_WORD.test(following)) {
      out.push(`${segment}, ${following}`);
      i++;
    } else out.push(segment);
  }
  return out;
}
/** A street named by its kind ("rue des Tanneurs", "Mill Lane"). */
const STREET_WORD = /^(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|quai|route|impasse|cours|passage|esplanade|parvis|rond-point|square)\s|\s(?:street|st\.?|road|rd\.?|lane|avenue|way|drive|square|gardens|terrace|row|crescent|place|quay|wharf|parade|close|court|hill)$/iu;

/** A place's name above an address line: short, written as a name (a capital, no sentence), no other label. */
function namesPlace(text: string): boolean {
  const label = readLabel(text);
  if (label && label.kind !== 'venue') return false;
  const name = withoutLabel(text, ['venue']);
  return isShort(name) && /^\p{Lu}/u.test(withoutPreposition(name)) && !/^\d/u.test(name);
}

function locatePostcode(segments: string[]): { segment: number; postalCode: string; city: string; before?: string } | null {
  // "2400 North Harbor Drive, Milwaukee, WI 53202": a US address ends with the state and ZIP code, which
  // stay with the city; the street's number before them is no postcode.
  const last = segments.length - 1;
  const us = last > 0 ? US_STATE_ZIP.exec(segments[last]!) : null;
  if (us) return { segment: last - 1, postalCode: us[2]!, city: `${segments[last - 1]!}, ${us[1]!}` };
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const fr = postcodeAndCity(segment);
    if (fr && !/^\d{1,2}\s*[hH:]/u.test(fr[1]!)) {
      const before = segment.slice(0, fr.index).trim();
      return { segment: i, postalCode: fr[1]!.replace(/[\s\u00a0]/gu, ''), city: fr[2]!.trim(), before: before || undefined };
    }
    const uk = UK_POSTCODE.exec(segment);
    if (uk) {
      // "London SW1A 2AA" in one segment, or "London, SW1A 2AA" in two.
      const cityFromPrevious = !uk[1] && i > 0;
      const before = segment.slice(0, uk.index).trim();
      return {
        segment: cityFromPrevious ? i - 1 : i,
        postalCode: uk[2]!,
        city: uk[1] ?? (cityFromPrevious ? segments[i - 1]! : ''),
        before: before || undefined,
      };
    }
  }
  return null;
}

/**
 * A title-page line that is an address without a postcode: two to four
 * comma-separated parts, one of them a street written as one ("199 Cureton
 * Avenue", "Main Street", "12 rue des Lilas"), and no sentence.
 */
function isStreetAddressLine(text: string): boolean {
  const parts = text.split(/\s*,\s*/u);
  if (parts.length < 2 || parts.length > 4 || text.length > 120 || /[.!?:;]$/u.test(text)) return false;
  return parts.some((part, i) => i > 0 && STREET_SEGMENT.test(part));
}
/** A line that is a street and nothing else: "8 Abbey Street", "12, quai de la Mégisserie", "rue des Écoles". */
function isStreetLine(text: string): boolean {
  const street = text.replace(/[,;\s]+$/u, '');
  return street.split(/\s+/u).length <= 8 && (isStreet(street) || isStreet(street.replace(/^(\d{1,4}(?:\s?(?:bis|ter))?),/u, '$1')));
}

/** A street address as a whole ("199 Cureton Avenue", "Quay Street", "12 rue des Lilas"). */
export function isStreet(text: string): boolean {
  return STREET_SEGMENT.test(text.trim());
}

/** A whole segment that is a street: a number and a street, or a named street of a few words. */
const STREET_SEGMENT = new RegExp(
  String.raw`^(?:\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+)?(?:(?:${eitherCase('rue avenue boulevard place chemin allée quai route impasse cours esplanade parvis')})\s+\S.{0,40}|(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}(?:${eitherCase('street road lane avenue way drive square terrace row crescent place quay wharf parade close court hill')}))$`,
  'u',
);

/** "street road" → "[Ss]treet|[Rr]oad": a street word capitalised or not, the name before it capitalised. */
function eitherCase(words: string): string {
  return words
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

/** A town's name: capitalised words, no figures ("Mildura", "Saint-Jean-de-Luz", "Kirkby Hartsmoor"). */
function isTownName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+[\p{L}\p{M}'’\-]+){0,3}$/u.test(text);
}

/** A venue line is this short; a longer one is a sentence that names the venue somewhere in it. */
const MAX_VENUE_WORDS = 20;

/**
 * In a sentence, the clause that names the place: from the last "à la",
 * "au", "at (the)" before the postcode to the end of its sentence ("…, de
 * 14h à 18h30, à la Maison des associations, 12 rue Gambetta, 27300 Orvane
 * (bus ligne 3). L'après-midi…" → "Maison des associations, 12 rue Gambetta,
 * 27300 Orvane (bus ligne 3)"). A short line is returned as it is.
 */
function venueClause(text: string): string {
  if (text.split(/\s+/u).length <= MAX_VENUE_WORDS) return text;
  const postal = FR_POSTCODE.exec(text) ?? UK_POSTCODE.exec(text) ?? US_POSTCODE.exec(text);
  if (!postal) return text;
  const sentenceStart = text.lastIndexOf('. ', postal.index) + 1;
  const end = text.indexOf('. ', postal.index);
  const sentence = text.slice(sentenceStart, end < 0 ? undefined : end).trim();
  const before = sentence.slice(0, postal.index - sentenceStart);
  const places = [...before.matchAll(/(?:^|[\s,])(?:à la|à l['’]|au|aux|at the|at|in the)\s+(?=\p{Lu})/gu)];
  const from = places.at(-1);
  if (from) return sentence.slice(from.index + from[0].length).replace(/[\s.]+$/u, '');
  // No preposition: "…, de 18h30 à 21h00, salle polyvalente de l'école, 4 rue des Écoles, 63990 …": from the part before the street.
  const parts = sentence.split(/\s*,\s*/u);
  const street = parts.findIndex((part, i) => i > 1 && STREET.test(part) && /^\d/u.test(part));
  return street > 1 ? parts.slice(street - 1).join(', ').replace(/[\s.]+$/u, '') : text;
}

function withoutPreposition(text: string): string {
  return text.replace(LEADING_PREPOSITION, '');
}

function isShort(text: string): boolean {
  return text.split(/\s+/u).length <= 8 && !/[.!?]$/u.test(text);
}

/** "(sortie métro …)" → "sortie métro …"; "Accès : tram 1" → "tram 1". */
function stripBrackets(text: string): string {
  return withoutLabel(withoutOuterBrackets(text), ['access']);
}
