import { describe, expect, it } from 'vitest';
import renderer from '../../src/render/jsonld.js';
import { InputError } from '../../src/read/reader.js';
import type { Programme } from '../../src/model/programme.js';
import type { RenderContext } from '../../src/render/renderer.js';
import { context, multiDayProgramme, seedProgramme, sparseProgramme } from './export-programmes.js';

type Node = Record<string, unknown>;

async function render(programme: Programme, ctx: RenderContext = context()): Promise<{ text: string; doc: Node }> {
  const text = Buffer.from(await renderer.render(programme, ctx)).toString('utf8');
  return { text, doc: JSON.parse(text) as Node };
}

/** The schema.org properties each type may use here (a typo or an invented property fails). */
const ALLOWED: Record<string, string[]> = {
  Event: ['@context', '@type', 'identifier', 'name', 'description', 'inLanguage', 'startDate', 'endDate', 'location', 'organizer', 'subEvent', 'performer'],
  Place: ['@type', 'name', 'address', 'description'],
  PostalAddress: ['@type', 'streetAddress', 'postalCode', 'addressLocality', 'addressCountry'],
  Organization: ['@type', 'name', 'alternateName'],
  Person: ['@type', 'name', 'affiliation'],
};

/** Every object in the document has a known @type and only that type's properties, none empty. */
function checkVocabulary(node: unknown): void {
  if (Array.isArray(node)) {
    expect(node.length).toBeGreaterThan(0);
    node.forEach(checkVocabulary);
    return;
  }
  if (typeof node !== 'object' || node === null) {
    expect(node).not.toBe('');
    return;
  }
  const type = (node as Node)['@type'] as string;
  expect(Object.keys(ALLOWED)).toContain(type);
  for (const [key, value] of Object.entries(node)) {
    expect(ALLOWED[type]).toContain(key);
    if (key !== '@context') checkVocabulary(value);
  }
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe('jsonld renderer', () => {
  it('describes the seed as one Event with a subEvent per session', async () => {
    const programme = seedProgramme();
    const { text, doc } = await render(programme);
    expect(text.endsWith('}\n')).toBe(true);
    checkVocabulary(doc);

    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('Event');
    expect(doc.name).toBe(programme.title);
    expect(doc.inLanguage).toBe('fr');
    expect(doc.startDate).toBe('2013-12-19T09:30:00+01:00');
    expect(doc.endDate).toBe('2013-12-19T16:45:00+01:00');
    expect(doc.description).toMatch(/^Depuis la journée de lancement/);
    expect(doc.description).toContain('\n- Quels argumentaires');
    expect(doc.location).toEqual({
      '@type': 'Place',
      name: 'Idéal Connaissances',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '93 avenue de Fontainebleau',
        postalCode: '94270',
        addressLocality: 'Kremlin Bicêtre',
      },
      description: 'sortie métro Kremlin-Bicêtre, ligne 7',
    });
    expect(doc.organizer).toEqual([
      { '@type': 'Organization', name: 'Réseau des collectivités Territoriales pour une Economie Solidaire', alternateName: 'RTES' },
    ]);

    const subEvents = doc.subEvent as Node[];
    expect(subEvents.map((e) => e.name)).toEqual(programme.sessions.map((s) => s.title));
    for (const event of subEvents) {
      expect(event['@type']).toBe('Event');
      expect(event.startDate).toMatch(ISO_WITH_OFFSET);
    }
    expect(subEvents[1]).toMatchObject({
      startDate: '2013-12-19T09:30:00+01:00',
      endDate: '2013-12-19T09:50:00+01:00',
      performer: [
        { '@type': 'Person', name: 'Henri Arévalo', affiliation: { '@type': 'Organization', name: 'vice-président du RTES' } },
      ],
    });
    // No end in the document, none in the export.
    expect(subEvents[0]).not.toHaveProperty('endDate');
    expect((subEvents[3]!.performer as Node[]).map((p) => p.name)).toEqual([
      'Marie-Thérèse Gansoinat Ravaine',
      'Aurélie Marand',
    ]);
    expect(subEvents[3]!.performer as Node[]).not.toContainEqual(expect.objectContaining({ affiliation: expect.anything() }));
    expect(subEvents[3]!.description).toContain('intérêt d’une démarche de PTCE');
    expect(new Set(subEvents.map((e) => e.identifier)).size).toBe(subEvents.length);
  });

  it('spans several days, in the zone asked for, with overnight ends and undated sessions', async () => {
    const { doc } = await render(multiDayProgramme(), context({ timezone: 'America/New_York' }));
    checkVocabulary(doc);
    expect(doc.inLanguage).toBe('en');
    expect(doc.startDate).toBe('2024-07-01T09:00:00-04:00');
    expect(doc.endDate).toBe('2024-07-02'); // the last day has no written end
    expect(doc.organizer as Node[]).toHaveLength(2);
    expect((doc.organizer as Node[])[1]).toEqual({ '@type': 'Organization', name: 'Open Cities Association' });
    expect((doc.location as Node).address).toEqual({ '@type': 'PostalAddress', streetAddress: '1 Main Street', addressLocality: 'Lyon' });

    const byName = new Map((doc.subEvent as Node[]).map((e) => [e.name, e]));
    expect(byName.get('Night walk')).toMatchObject({
      startDate: '2024-07-01T22:00:00-04:00',
      endDate: '2024-07-02T01:00:00-04:00',
    });
    const undated = byName.get('Optional visit (date to be confirmed)')!;
    expect(undated).not.toHaveProperty('startDate');
    expect(undated.identifier).toMatch(/undated/);
  });

  it('leaves out what the document does not say', async () => {
    const { doc } = await render(sparseProgramme());
    checkVocabulary(doc);
    expect(Object.keys(doc)).toEqual(['@context', '@type', 'inLanguage', 'subEvent']);
    const venueless: Programme = { ...multiDayProgramme(), venue: { name: null, address: null, postalCode: null, city: null, access: 'x' } };
    expect((await render(venueless)).doc).not.toHaveProperty('location');
  });

  it('is byte-identical across renders and rejects an unknown time zone', async () => {
    const a = await render(multiDayProgramme());
    const b = await render(multiDayProgramme());
    expect(b.text).toBe(a.text);
    expect(() => renderer.render(seedProgramme(), context({ timezone: 'Nowhere/Land' }))).toThrow(InputError);
  });
});
