/**
 * Organizers, read from the running header (where networks put their name
 * beside their logo) or from an "Organisé par …" / "Organised by …" line.
 * The acronym is the one written in brackets after the name, else the
 * initials of the name's capitalised words when the document uses them as a
 * word (`Réseau des collectivités Territoriales pour une Economie Solidaire`
 * → `RTES`, found in the title).
 */
import type { Organizer } from '../model/programme.js';
import { foldForMatch } from '../text/normalize.js';

export const ORGANIZATION_WORD = /\b(r[ée]seau|association|f[ée]d[ée]ration|union|collectif|conseil|communaut[ée]|ville|mairie|d[ée]partement|r[ée]gion|network|council|society|institut[e]?|universit[ée]|university|minist[èe]re|ministry|agence|agency|centre|center|chambre|chamber|comit[ée]|committee|club|fondation|foundation|syndicat|groupement|co-?op[ée]rative|limited|ltd|plc|office|observatoire|alliance|f[ée]d[ée]ral|partnership|trust|forum|m[ée]tropole|assembl[ée]e|maison|ordre|acad[ée]mie|academy|school|[ée]cole|ligue|league|group|groupe|guild)\b/iu;
const ORGANIZED_BY = /^(?:organis[ée]e?s?\s+par|co-?organis[ée]e?s?\s+par|organi[sz]ed\s+by|co-?organi[sz]ed\s+by|hosted\s+by|une\s+initiative\s+de|an\s+initiative\s+of|with\s+the\s+support\s+of|avec\s+le\s+soutien\s+de)\s*:?\s*/iu;

export function findOrganizers(
  headers: string[],
  bodyLines: string[],
  documentText: string,
  letterhead: string[] = [],
): { organizers: Organizer[]; usedBodyLines: number[] } {
  const organizers: Organizer[] = [];
  const add = (name: string) => {
    const clean = name.replace(/[\s,;.:]+$/u, '').trim();
    if (clean && !organizers.some((o) => foldForMatch(o.name) === foldForMatch(clean))) organizers.push(organizer(clean, documentText));
  };
  const usedBodyLines: number[] = [];
  for (const header of headers) {
    if (isOrganizationName(header)) add(header);
  }
  if (organizers.length === 0) {
    for (const line of letterhead) {
      if (!isOrganizationName(line)) continue;
      add(line);
      usedBodyLines.push(bodyLines.indexOf(line));
    }
  }
  bodyLines.forEach((line, index) => {
    const match = ORGANIZED_BY.exec(line);
    if (match && organizers.length === 0) {
      for (const part of line.slice(match[0].length).split(/\s*(?:,|;|\bet\b|\band\b)\s*(?=\p{Lu})/u)) add(part);
      usedBodyLines.push(index);
    }
  });
  return { organizers, usedBodyLines };
}

export function isOrganizationName(text: string): boolean {
  return text.split(/\s+/u).length >= 2 && text.split(/\s+/u).length <= 16 && ORGANIZATION_WORD.test(text) && !/\d{4}/u.test(text) && !/[.!?]$/u.test(text);
}

function organizer(text: string, documentText: string): Organizer {
  const bracketed = /^(.*?)\s*\(([\p{Lu}\d&-]{2,12})\)\s*$/u.exec(text);
  if (bracketed) return { name: bracketed[1]!, acronym: bracketed[2]! };
  const dashed = /^([\p{Lu}\d&]{2,12})\s*[–—:-]\s*(.+)$/u.exec(text);
  if (dashed) return { name: dashed[2]!, acronym: dashed[1]! };
  const initials = text
    .split(/[\s\-']+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const usedAsWord = initials.length >= 2 && new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(documentText);
  return { name: text, acronym: usedAsWord ? initials : null };
}
