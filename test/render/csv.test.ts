import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import renderer from '../../src/render/csv.js';
import { InputError } from '../../src/read/reader.js';
import type { Programme } from '../../src/model/programme.js';
import type { RenderContext } from '../../src/render/renderer.js';
import { context, multiDayProgramme, seedProgramme, sparseProgramme } from './export-programmes.js';

const COLUMNS = ['date', 'start', 'end', 'title', 'kind', 'speakers', 'affiliations'];

async function render(programme: Programme, ctx: RenderContext = context()): Promise<Uint8Array> {
  return renderer.render(programme, ctx);
}

function rows(bytes: Uint8Array, delimiter: string): Record<string, string>[] {
  return parse(Buffer.from(bytes), { bom: true, columns: true, delimiter, relax_column_count: false }) as Record<string, string>[];
}

describe('csv renderer', () => {
  it('writes one row per session of the seed, UTF-8 with a BOM, CRLF records', async () => {
    const programme = seedProgramme();
    const bytes = await render(programme);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeffdate,start,end,title,kind,speakers,affiliations\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);

    const parsed = rows(bytes, ',');
    expect(parsed).toHaveLength(programme.sessions.length);
    expect(Object.keys(parsed[0]!)).toEqual(COLUMNS);
    parsed.forEach((row, i) => {
      const session = programme.sessions[i]!;
      expect(row).toEqual({
        date: session.date ?? '',
        start: session.start,
        end: session.end ?? '',
        title: session.title,
        kind: session.kind,
        speakers: session.speakers.map((s) => s.name).join('\n'),
        affiliations: row.affiliations,
      });
    });
    expect(parsed[1]).toMatchObject({ speakers: 'Henri Arévalo', affiliations: 'vice-président du RTES', end: '09:50' });
    expect(parsed[0]).toMatchObject({ end: '' }); // never inferred
    expect(parsed[6]).toMatchObject({ speakers: 'Ana Larrègle\nStéphane Berdoulet', affiliations: 'Plaine Commune\nPhares' });
    expect(parsed[3]).toMatchObject({ affiliations: '' });
  });

  it('takes ";" as the separator and quotes what needs it', async () => {
    const programme = multiDayProgramme();
    const bytes = await render(programme, context({ csvSeparator: ';' }));
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('date;start;end;title;kind;speakers;affiliations');
    // The title holding ";" is quoted; its "," needs no quoting with ";".
    expect(text).toContain(';"Registration, coffee; badges";');
    expect(text).toContain(';"Keynote: ""Why \\ local matters""";');

    const parsed = rows(bytes, ';');
    expect(parsed.map((row) => row.title)).toEqual(programme.sessions.map((s) => s.title));
    const keynote = parsed.find((row) => row.title!.startsWith('Keynote'))!;
    expect(keynote.speakers).toBe('Dr Jane Doe\nJohn Smith');
    expect(keynote.affiliations).toBe('University of Leeds, Geography\n');
    expect(parsed.find((row) => row.title!.startsWith('Optional'))).toMatchObject({ date: '', start: '14:00' });
    expect(parsed.find((row) => row.title === 'Night walk')).toMatchObject({ start: '22:00', end: '01:00' });
  });

  it('parses back the same with "," as with ";"', async () => {
    const programme = multiDayProgramme();
    const comma = rows(await render(programme, context({ csvSeparator: ',' })), ',');
    const semicolon = rows(await render(programme, context({ csvSeparator: ';' })), ';');
    expect(semicolon).toEqual(comma);
  });

  it('writes just the header for a programme without sessions, and rejects a bad separator', async () => {
    const empty: Programme = { ...sparseProgramme(), sessions: [] };
    expect(new TextDecoder().decode(await render(empty))).toBe('date,start,end,title,kind,speakers,affiliations\r\n');
    for (const bad of ['', ';;', '"', '\n']) {
      expect(() => renderer.render(seedProgramme(), context({ csvSeparator: bad }))).toThrow(InputError);
    }
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    const base = sparseProgramme();
    const session = base.sessions[0]!;
    const programme: Programme = {
      ...base,
      sessions: [
        {
          ...session,
          title: '=HYPERLINK("http://example.invalid","Click")',
          speakers: [
            { name: '+Jane Doe', affiliation: '@Org' },
            { name: 'John Smith', affiliation: '-1+2' },
          ],
        },
        { ...session, title: 'Questions = answers', speakers: [] },
      ],
    };
    const parsed = rows(await render(programme), ',');
    expect(parsed[0]).toMatchObject({
      title: `'=HYPERLINK("http://example.invalid","Click")`,
      speakers: "'+Jane Doe\nJohn Smith",
      affiliations: "'@Org\n'-1+2",
    });
    expect(parsed[1]!.title).toBe('Questions = answers');
  });
});
