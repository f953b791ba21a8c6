// The four exports on the seed text as the real pipeline reads it (footnote
// citations, source dates and all), through the renderer registry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { extractProgramme, renderProgramme } from '../../src/pipeline.js';
import { renderContext } from '../../src/render/context.js';

const SEED = fileURLToPath(new URL('../../../shared/seed/programme-rtes-2013-12-19.txt', import.meta.url));

describe('exports of the seed through the pipeline', () => {
  it('gives every session in each of ics, jsonld, csv and html', async () => {
    const programme = await extractProgramme(readFileSync(SEED), 'programme-rtes-2013-12-19.txt');
    const files = await renderProgramme(programme, ['ics', 'jsonld', 'csv', 'html'], renderContext(programme, { csvSeparator: ';' }));
    const text = (format: 'ics' | 'jsonld' | 'csv' | 'html') => Buffer.from(files.get(format)!).toString('utf8');
    const titles = programme.sessions.map((session) => session.title);
    expect(titles.length).toBeGreaterThan(5);

    const events = new ICAL.Component(ICAL.parse(text('ics'))).getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual(
      programme.sessions.filter((session) => session.date !== null).map((session) => session.title),
    );

    const jsonld = JSON.parse(text('jsonld')) as { subEvent: { name: string }[] };
    expect(jsonld.subEvent.map((event) => event.name)).toEqual(titles);

    const rows = parseCsv(text('csv'), { bom: true, columns: true, delimiter: ';' }) as { title: string }[];
    expect(rows.map((row) => row.title)).toEqual(titles);

    // Every session item was recognised in the Markdown tree and given its time column.
    let sessions = 0;
    let footnoteRefs = 0;
    visit(fromHtml(text('html')), 'element', (node: Element) => {
      if (node.tagName === 'li' && (node.properties.className as string[] | undefined)?.includes('session')) sessions += 1;
      if (node.properties.dataFootnoteRef !== undefined) footnoteRefs += 1;
    });
    expect(sessions).toBe(programme.sessions.length);
    expect(footnoteRefs).toBe(programme.footnotes.length);
  });
});
