// A 10,000-page Word document (a session and a page break per page) through the whole CLI:
// it converts, or fails with one clear line, within its time limit and without leaving files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, tempDir } from './helpers.js';
import { minimalDocx } from './read/zip-build.js';

const PAGES = 10_000;

function tenThousandPages(): Buffer {
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const pages: string[] = [paragraph('Journée très longue'), paragraph('Jeudi 5 juin 2014')];
  for (let i = 0; i < PAGES; i++) {
    const minutes = i % 60;
    const hour = 8 + Math.floor((i % 600) / 60);
    pages.push(paragraph(`${hour}h${String(minutes).padStart(2, '0')} : Atelier numéro ${i + 1}`), paragraph(`Mme Anne Roux${i}, animatrice`), pageBreak);
  }
  return minimalDocx(pages.join(''));
}

test('a 10,000-page document converts or fails cleanly, in time', () => {
  const dir = tempDir();
  const input = join(dir, 'long.docx');
  writeFileSync(input, tenThousandPages());
  const out = join(dir, 'out');
  const started = Date.now();
  const run = runCli(['convert', input, '--out-dir', out, '--formats', 'json,md', '--timeout', '60']);
  expect(Date.now() - started).toBeLessThan(90_000);
  const failures = run.stderr.split('\n').filter((l) => l.startsWith('programme: '));
  if (run.status === 0) {
    const programme = JSON.parse(readFileSync(join(out, 'long.json'), 'utf8'));
    expect(programme.sessions).toHaveLength(PAGES);
  } else {
    expect(run.status).toBe(1);
    expect(failures).toHaveLength(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }
  expect(run.stderr).not.toMatch(/\n\s+at /u);
}, 120_000);
