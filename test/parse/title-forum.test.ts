// When every title-page line names an organisation, the one naming a body that meets ("… Forum") is the event.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string, file = 'p.txt') => extractProgramme(new TextEncoder().encode(text), file);
const scheduleEn = '\n\n6.30pm Welcome\n7.00pm Policing update\n8.00pm Close\n';

test('a council letterhead above a "… Forum" line: the forum is the title, the council the organizer', async () => {
  const p = await parse(`**Westbury District Council**\n\n**Riverside Neighbourhood Forum**\n\nMonday 2 March 2026${scheduleEn}`, 'p.md');
  expect(p.title).toBe('Riverside Neighbourhood Forum');
  expect(p.organizers.map((o) => o.name)).toEqual(['Westbury District Council']);
});

test('"Town and Parish Councils Forum" under a council letterhead is the title', async () => {
  const p = await parse(`Oldham District Council\nTown and Parish Councils Forum\nThursday 5 November 2026${scheduleEn}`);
  expect(p.title).toBe('Town and Parish Councils Forum');
  expect(p.organizers.map((o) => o.name)).toEqual(['Oldham District Council']);
});

test('an organisation named "… Forum" stays the letterhead when another line names the event', async () => {
  const p = await parse(`Eastern Rivers Forum\nSpring Seminar 2026\n\nTuesday 7 April 2026${scheduleEn}`);
  expect(p.title).toBe('Spring Seminar 2026');
  expect(p.organizers.map((o) => o.name)).toEqual(['Eastern Rivers Forum']);
});
