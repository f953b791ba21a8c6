// The clean stage, one small text extraction per case.
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { SourceDocument } from '../../src/model/document.js';
import { textToMdast } from '../../src/read/txt.js';

function cleaned(text: string): SourceDocument {
  return clean({ format: 'txt', tree: textToMdast(text), headers: [], metadata: {}, warnings: [] });
}
const lines = (doc: SourceDocument) => doc.tree.children.filter((n) => n.type !== 'footnoteDefinition').map((n) => toString(n));

describe('image placeholders and OCR spill', () => {
  test('placeholders go, the text beside them stays', () => {
    expect(lines(cleaned('[image: logo.png]Association des Maires\n\nProgramme'))).toEqual(['Association des Maires', 'Programme']);
  });

  test('junk read from a logo goes with the short lines under it', () => {
    const doc = cleaned('Titre\n\n\n   [image: logo.jpg]=1\n\nEconomie\nSociale & Solidaire\n\n\n\nProgramme de la journée');
    expect(lines(doc)).toEqual(['Titre', 'Programme de la journée']);
    expect(doc.warnings.map((w) => w.code)).toContain('ocr-spill-removed');
  });

  test('a screenshot’s text goes whole, sentence-like lines included', () => {
    const doc = cleaned('Retours sur l’étude\n\n\n[image: shot.png]€ Réseau des Territoires\n\n] http:/ /o i/\n\nB[4 | x |9 nes\n\nPagev Sécurtév Outisv\n\nEGESS en Bretagne, c’est parti !');
    expect(lines(doc)).toEqual(['Retours sur l’étude']);
  });

  test('a picture followed by real prose keeps the prose', () => {
    expect(lines(cleaned('[image: photo.jpg]\nLa salle du conseil accueille les participants dès 9 heures.'))).toEqual([
      'La salle du conseil accueille les participants dès 9 heures.',
    ]);
  });
});

describe('running headers', () => {
  test('a line repeated at a page edge moves to the headers', () => {
    const doc = cleaned('[image: a.jpg]Fédération des Centres Sociaux\n\nProgramme\n\n9h Accueil\n\n[image: b.jpg]Fédération des Centres Sociaux');
    expect(lines(doc)).toEqual(['Programme', '9h Accueil']);
    expect(doc.headers).toEqual(['Fédération des Centres Sociaux']);
  });

  test('repeated schedule lines are content, not headers', () => {
    const doc = cleaned('Programme\n10h30 Pause café et échanges\n11h Atelier\n15h30 Pause café et échanges');
    expect(lines(doc)).toHaveLength(4);
  });

  test('a speaker or chair line repeated near the end is a session’s, not a footer', () => {
    const doc = cleaned(
      'Programme\n\n10h Ouverture\n\nChair: Cllr Jane Doe, President\n\n11h Débat\n\n12h Clôture\n\nChair: Cllr Jane Doe, President',
    );
    expect(lines(doc).filter((line) => line.startsWith('Chair:'))).toHaveLength(2);
    expect(doc.headers).toEqual([]);
    const speaker = cleaned('Programme\n\n10h Ouverture\n\nM. Alain Martin, président du réseau\n\n11h Débat\n\n12h Clôture\n\nM. Alain Martin, président du réseau');
    expect(lines(speaker).filter((line) => line.startsWith('M. Alain'))).toHaveLength(2);
  });
});

describe('footnote marks (�)', () => {
  test('a body line and an inline mark become a footnote and its reference', () => {
    const doc = cleaned('Une étude\ufffd importante.\n\n\ufffd Voir le rapport de 2012.');
    const definitions = doc.tree.children.filter((n) => n.type === 'footnoteDefinition');
    expect(definitions).toHaveLength(1);
    expect(toString(definitions[0]!)).toBe('Voir le rapport de 2012.');
    expect(JSON.stringify(doc.tree)).toContain('"type":"footnoteReference"');
    expect(JSON.stringify(doc.tree)).not.toContain('\ufffd');
  });

  test('a mark lost at a broken paragraph is put back at the join', () => {
    const doc = cleaned('Le pôle territorial (PTCE)\n, l’actualité a été riche.\n\n\ufffd\n\n\ufffd Organisé le 29 mai.');
    const paragraph = doc.tree.children[0]!;
    expect(toString(paragraph)).toBe('Le pôle territorial (PTCE), l’actualité a été riche.');
    expect(paragraph.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual(['text', 'footnoteReference', 'text']);
  });

  test('a replacement character inside a word is removed, with a warning', () => {
    const doc = cleaned('R\ufffdunion du conseil');
    expect(lines(doc)).toEqual(['Runion du conseil']);
    expect(doc.warnings.map((w) => w.code)).toContain('replacement-character');
  });
});
