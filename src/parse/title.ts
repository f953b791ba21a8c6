/**
 * The event's title, from the title page: a heading, a line naming an event
 * (near the top, or right above the event's date), a letter's subject, a
 * sentence that names the event, the page header; never the letterhead, a
 * newsletter's own name, a tagline or a sentence.
 */
import type { LineInfo } from './classify.js';
import { findDate, isLetterDate, type DateMatch } from './date.js';
import { readLabel } from './labels.js';
import type { Line } from './lines.js';
import { isOrganizationName, ORGANIZATION_WORD } from './organizers.js';
import { isChairLine, speakerListIntro } from './speakers.js';
import { startsWithTime } from './time.js';

/** Words that name an event: a title-page line holding one is the title. */
const EVENT_WORD = /\b(programme|program|journ[ée]e|rencontres?|s[ée]minaire|colloque|congr[èe]s|conf[ée]rence|conference|forum|assembl[ée]e|atelier|formation|workshop|meeting|summit|symposium|day|festival|salon|universit[ée] d['’][ée]t[ée]|webinaire|webinar|agenda|ordre du jour|r[ée]union|sommet|school|update|briefing|masterclass|course|convention|congress|[ée]cole d['’][ée]t[ée]|weekend|week-end)\b/iu;

/** A line opening with an indefinite article: a description of the event ("A conference for …", "Une journée pour …"). */
const TAGLINE = /^(?:an?|un|une)\s/iu;

/** A periodical's name and issue: "n° 42", "No. 12", "Issue 7", "Newsletter", "Lettre d'information", "Bulletin". */
const PERIODICAL = /\b(?:n[°º]\s*\d+|no\.\s*\d+|issue\s+\d+|newsletter|bulletin|lettre d['’]information|la lettre)\b/iu;

/** "Programme", "Agenda", "Déroulé de la journée": the schedule's own heading, never the title. */
export const SCHEDULE_HEADING = /^(?:programme|program|schedule|agenda|ordre du jour|d[ée]roul[ée]|d[ée]roulement|timetable|planning)(?: (?:de la journ[ée]e|du jour|of the day|d[ée]taill[ée]|provisoire))?\s*:?$/iu;

/**
 * The title: the most prominent heading (the lowest depth), else, among the
 * first title-page lines, one naming an event. An organisation's name is the
 * letterhead, not the title, unless the line opens with the event ("Forum
 * des …", "Assemblée générale de …"). A sentence ("Notice is hereby given
 * that the … will be held on") is a poor title: a heading-like line wins, and
 * with none the event's name is taken out of the sentence.
 */
export function findTitle(titlePage: LineInfo[], used: Set<number>, language: string, hasSchedule: boolean): { index: number; text: string } | null {
  const candidates = titlePage
    .map((info, index) => ({ info, index }))
    .filter(({ index, info }) => !used.has(index) && !info.time && !info.label && isTitleLike(info.line))
    .filter(({ info }) => {
      const date = findDate(info.line.text, language);
      return !isMostlyDate(info.line.text, date) && !isLetterLine(info.line.text, date);
    });
  const headings = candidates
    .filter(({ info }) => info.line.type === 'heading' && (info.line.depth ?? 1) <= 2)
    .sort((a, b) => (a.info.line.depth ?? 1) - (b.info.line.depth ?? 1) || a.index - b.index);
  // A newsletter's own name ("La Lettre des jardins – n° 42") heads the page above the event's heading.
  const eventHeadings = headings.filter(({ info }) => !PERIODICAL.test(info.line.text) || !headings.some((h) => !PERIODICAL.test(h.info.line.text) && EVENT_WORD.test(h.info.line.text)));
  const heading = eventHeadings.find(({ info }) => !isLetterhead(info.line.text)) ?? eventHeadings[0];
  if (heading) return { index: heading.index, text: heading.info.line.text };
  // Among the first lines: a bold line naming an event beats a plain one, and of several
  // the fuller one ("Training Day: Scrutiny in Practice").
  const headingLike = candidates.filter(({ info }) => !isSentenceLike(info.line.text));
  const firstFew = headingLike.slice(0, 4);
  // "A conference for shopkeepers, parish councils and …" under the title describes the event, it does not name it.
  const events = firstFew.filter(({ info }) => EVENT_WORD.test(info.line.text) && !isLetterhead(info.line.text) && !(TAGLINE.test(info.line.text) && !info.line.strong));
  const strongEvent = events.find(({ info }) => info.line.strong);
  const fullest = [...events].sort((a, b) => b.info.line.text.length - a.info.line.text.length || a.index - b.index)[0];
  const chosen = strongEvent ?? titleAboveDate(titlePage, headingLike) ?? fullest ?? (hasSchedule ? titleAboveDate(titlePage, headingLike, { anyName: true }) : undefined);
  if (chosen) return { index: chosen.index, text: chosen.info.line.text };
  // No heading-like line names the event: a sentence may ("… that the Annual Meeting will be held on").
  for (const { index, info } of candidates.slice(0, 6)) {
    const name = eventNameIn(info.line.text);
    if (name) return { index, text: name };
  }
  // Nothing better: a letter's subject line may name the event ("Objet : invitation à la rencontre …").
  for (const [index, info] of titlePage.entries()) {
    const name = used.has(index) ? null : eventNameInSubject(info.line.text);
    if (name) return { index, text: name };
  }
  // Only organisations' names: the one whose name holds an event's word ("Thornbury Community
  // Safety Forum" under "Eastvale Borough Council") is the body that meets, so the event.
  const fallback =
    firstFew.find(({ info }) => !isLetterhead(info.line.text)) ??
    firstFew.find(({ info }) => EVENT_WORD.test(info.line.text)) ??
    firstFew[0] ??
    candidates[0];
  return fallback ? { index: fallback.index, text: fallback.info.line.text } : null;
}

/** A letter's subject line: `Objet :`, `Subject:`, `Re:`, `Réf. :`. */
const LETTER_SUBJECT = /^(?:objet|subject|re|r[ée]f(?:[ée]rence)?|ref)\.?[\s\u00a0]*:[\s\u00a0]*/iu;
/** A letter's salutation: "Madame, Monsieur,", "Dear Members,", "Chers collègues,", "Bonjour à toutes et à tous,". */
const GREETING = /^(?:(?:madame|monsieur|mesdames|messieurs|mademoiselle|ch[eè]re?s?|dear|bonjour|hello|hi)\b[^.!?]{0,60},|(?:(?:madame|monsieur|mesdames|messieurs)[\s,]*(?:et|ou|\/)?[\s,]*)+)$/iu;

/**
 * The lines of a letter around a programme are never its title: the
 * subject line (it is description; `eventNameInSubject` reads it when
 * nothing else names the event), the salutation, and the letter's own place
 * and date ("Tulle-la-Vézère, le 14 mai 2018").
 */
function isLetterLine(text: string, date: DateMatch | null): boolean {
  return LETTER_SUBJECT.test(text) || GREETING.test(text.trim()) || isLetterDate(text, date);
}

/** "Objet : invitation à la rencontre départementale des aidants" → "Rencontre départementale des aidants". */
function eventNameInSubject(text: string): string | null {
  const subject = LETTER_SUBJECT.exec(text);
  if (!subject) return null;
  const name = text
    .slice(subject[0].length)
    .replace(/^(?:invitation|convocation|invitation to|inscription)\s+(?:(?:à|au|aux|to|for)\s+)?(?:(?:la|le|les|the|our|notre|nos)\s+|l['’])?/iu, '')
    .replace(/[\s.;:,]+$/u, '');
  if (!name || !EVENT_WORD.test(name)) return null;
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/**
 * No title on the body's title page: the event's name may stand in the
 * running header (or the title typed again on every page, moved there by
 * the clean stage). A header line naming an event, not the letterhead.
 */
export function titleInHeaders(headers: string[]): string | null {
  const line = headers.find((text) => EVENT_WORD.test(text) && !isLetterhead(text) && !readLabelLike(text) && text.split(/\s+/u).length <= MAX_HEADING_WORDS && !/[.:]$/u.test(text));
  return line ?? null;
}

/**
 * The line naming an event right above the event's date: a programme's own
 * title block, wherever it stands (below a letter or a forwarded e-mail,
 * whose first lines are a greeting and a few sentences).
 */
function titleAboveDate(
  titlePage: LineInfo[],
  headingLike: Array<{ info: LineInfo; index: number }>,
  { anyName = false } = {},
): { info: LineInfo; index: number } | undefined {
  const dated = titlePage.findIndex((info) => info.date);
  const above = headingLike.find(({ index }) => index === dated - 1);
  if (!above) return undefined;
  const text = above.info.line.text;
  // With no line naming an event anywhere near the top, the name right above the date ("Annual Procurement Law Update").
  const named = anyName ? text.split(/\s+/u).length >= 2 && !isOrganizationName(text) : EVENT_WORD.test(text);
  const tagline = TAGLINE.test(text) && !above.info.line.strong;
  return named && !tagline && !isLetterhead(text) && !SCHEDULE_HEADING.test(text) ? above : undefined;
}

/** "Speaker: …", "Date : …", "Objet : …", "Chaired by …", "10.00 …": a labelled or timed line is no title. */
export function readLabelLike(text: string): boolean {
  return readLabel(text) !== null || LETTER_SUBJECT.test(text) || speakerListIntro(text) !== null || isChairLine(text) || startsWithTime(text);
}

/** "Monday 6 – Wednesday 8 July 2026", "Le 5 juin 2026 à Lyon": a date line, not a title. */
function isMostlyDate(text: string, date: DateMatch | null): boolean {
  if (!date) return false;
  const letters = (t: string) => t.replace(/[^\p{L}\d]/gu, '').length;
  const dateText = text.slice(date.index, date.index + date.length);
  return letters(dateText) * 2 >= letters(text);
}

function isTitleLike(line: Line): boolean {
  return line.type !== 'listItem' && line.type !== 'tableRow' && line.text.split(/\s+/u).length <= 20 && !/[.:]$/u.test(line.text);
}

/**
 * An organisation's name, unless an event's word comes before the
 * organisation's ("Rencontres du Réseau …") or, being the same word, opens
 * the line ("Forum des transitions …" names an event, "Northern Housing
 * Forum" an organisation).
 */
function isLetterhead(text: string): boolean {
  if (!isOrganizationName(text)) return false;
  const event = EVENT_WORD.exec(text);
  const organisation = ORGANIZATION_WORD.exec(text);
  if (!event || !organisation) return true;
  if (event.index < organisation.index) return false;
  // English puts the head noun last: "Planning Committee Member Training Day" names a day, not the committee.
  if (endsWithEventWord(text)) return false;
  return !(event.index === organisation.index && LINE_OPENING.test(text.slice(0, event.index)));
}

/** The line's last word names an event and not an organisation ("… Training Day", "… Annual Meeting", not "… Forum"). */
function endsWithEventWord(text: string): boolean {
  const last = /(\p{L}+)\W*$/u.exec(text)?.[1];
  if (!last) return false;
  const whole = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'iu').test(last);
  return whole(EVENT_WORD) && !whole(ORGANIZATION_WORD);
}

/** What may stand before a line's first word: an article, an ordinal ("2e", "10th"). */
const LINE_OPENING = /^(?:(?:\d+(?:e|er|re|ère|ème|st|nd|rd|th)|premi[eè]re?|the|le|la|les|l['’])\s*)?$/iu;

/** Function words a heading never ends on: a line ending with one stops mid-sentence. */
const DANGLING_END = /\s(?:on|of|at|in|to|the|that|by|for|from|and|or|is|are|will|le|la|les|l['’]|du|de|des|d['’]|à|au|aux|que|qui|et|ou|sur|pour|par|en|est|sont|sera|seront)$/iu;
/** Formal announcements: "Notice is hereby given…", "… aura lieu le". */
const ANNOUNCEMENT = /\b(?:hereby|will be held|will take place|is to be held|shall be held|are invited|is pleased to|aura lieu|se tiendra|se d[ée]roulera|est convoqu[ée]e?|sont convoqu[ée]e?s|sont invit[ée]e?s|vous invite|a le plaisir)\b/iu;
const MAX_HEADING_WORDS = 14;

/** A line written as a sentence rather than a heading. */
function isSentenceLike(text: string): boolean {
  return DANGLING_END.test(text) || ANNOUNCEMENT.test(text) || text.split(/\s+/u).length > MAX_HEADING_WORDS;
}

/** "… that the Annual General Meeting of X will be held on" → "Annual General Meeting of X". */
const EVENT_IN_SENTENCE = /\b(?:that|que)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?(.+?)\s+(?:will be held|will take place|is to be held|shall be held|aura lieu|se tiendra|se d[ée]roulera)\b/iu;

function eventNameIn(text: string): string | null {
  const name = EVENT_IN_SENTENCE.exec(text)?.[1]?.trim();
  if (!name || !EVENT_WORD.test(name)) return null;
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}
