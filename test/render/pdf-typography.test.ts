/** The PDF's typographic rules and line breaking, without drawing. */
import { describe, expect, it } from 'vitest';
import { breakLines, type Measurer } from '../../src/render/pdf/richtext.js';
import { STYLES } from '../../src/render/pdf/theme.js';
import { formatDate, formatTimeRange, typeset } from '../../src/render/pdf/typography.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('typeset (French)', () => {
  it('puts no-break spaces before : ; ? ! and inside guillemets', () => {
    expect(typeset('riche : appel', 'fr')).toBe(`riche${NBSP}: appel`);
    expect(typeset('suivantes: a', 'fr')).toBe(`suivantes${NBSP}: a`);
    expect(typeset('territoires ?', 'fr')).toBe(`territoires${NNBSP}?`);
    expect(typeset('vraiment!', 'fr')).toBe(`vraiment${NNBSP}!`);
    expect(typeset('a ; b', 'fr')).toBe(`a${NNBSP}; b`);
    expect(typeset('l’étude « Rôle des PTCE » et', 'fr')).toBe(`l’étude «${NNBSP}Rôle des PTCE${NNBSP}» et`);
    expect(typeset('«Rôle»', 'fr')).toBe(`«${NNBSP}Rôle${NNBSP}»`);
  });

  it('leaves URLs and clock times alone', () => {
    expect(typeset('voir http://rtes.fr/a?b=1 ici', 'fr')).toBe('voir http://rtes.fr/a?b=1 ici');
    expect(typeset('à 12:30 précises', 'fr')).toBe('à 12:30 précises');
  });

  it('binds a time to the dash after it, in any language', () => {
    expect(typeset('9h30 - 16h45', 'fr')).toBe(`9h30${NBSP}- 16h45`);
    expect(typeset('14:00 – 15:00', 'en')).toBe(`14:00${NBSP}– 15:00`);
  });

  it('only applies French rules to French', () => {
    expect(typeset('Note: see', 'en')).toBe('Note: see');
    expect(typeset('Why ?', 'en')).toBe('Why ?');
  });

  it('collapses white space and drops invisible characters', () => {
    expect(typeset('  a \n\t b\u00AD\u200Bc  ', 'en')).toBe('a bc');
  });
});

describe('times and dates', () => {
  it('formats a range with a no-break space before the dash', () => {
    expect(formatTimeRange('09:30', '09:50', 'fr')).toBe(`9${NNBSP}h${NNBSP}30${NBSP}– 9${NNBSP}h${NNBSP}50`);
    expect(formatTimeRange('14:00', null, 'fr')).toBe(`14${NNBSP}h`);
    expect(formatTimeRange('09:30', '10:00', 'en')).toBe(`9:30${NBSP}– 10:00`);
    expect(formatTimeRange('09:30', null, 'nl')).toBe('09:30');
  });

  it('writes a long date in the language, capitalised', () => {
    expect(formatDate('2013-12-19', 'fr')).toBe('Jeudi 19 décembre 2013');
    expect(formatDate('2013-12-19', 'en')).toBe('Thursday, December 19, 2013');
  });
});

describe('breakLines', () => {
  // Every character 1 unit wide: widths are easy to reason about.
  const measure: Measurer = { width: (text) => [...text].length };
  const texts = (runs: Parameters<typeof breakLines>[0], width: number) =>
    breakLines(runs, width, measure).map((l) => l.fragments.map((f) => f.text).join(''));

  it('breaks at plain spaces only, never at a no-break space', () => {
    expect(texts([{ text: `aaaa bbbb${NBSP}: cc`, style: STYLES.body }], 8)).toEqual(['aaaa', `bbbb${NBSP}:`, 'cc']);
  });

  it('cuts a word wider than the column', () => {
    expect(texts([{ text: 'http://example.org/abc', style: STYLES.body }], 10)).toEqual(['http://exa', 'mple.org/a', 'bc']);
  });

  it('keeps styles, links and footnote marks as fragments and records the notes per line', () => {
    const lines = breakLines(
      [
        { text: 'see (PTCE)', style: STYLES.body },
        { text: '1', style: STYLES.footnoteNumber, footnote: 1 },
        { text: ', then http://x.fr', style: STYLES.body },
      ],
      16,
      measure,
    );
    expect(lines.map((l) => l.footnotes)).toEqual([[1], []]);
    expect(lines[0]?.fragments.map((f) => f.text)).toEqual(['see (PTCE)', '1', ',']);
  });
});
