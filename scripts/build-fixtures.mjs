/**
 * Builds the input file of every programme in fixtures/programmes/NAME/ from
 * its source, beside it as NAME.docx or NAME.doc:
 *
 *   source.mjs              → NAME.docx  via the `docx` package (the module's default export is a docx `Document`)
 *   source.html | .fodt     → NAME.docx  via LibreOffice (`soffice --headless --convert-to`)
 *   … with build.json { "to": "doc" }  → NAME.doc (Word 97-2003) via LibreOffice
 *   NAME.txt | NAME.md      nothing to build: the source is the input
 *
 * The built files are committed; tests and `npm run eval` read them as built
 * and never rebuild. The `docx` package's output is re-zipped with fixed
 * dates so that a rebuild gives the same bytes; LibreOffice's is not
 * byte-stable (it stamps times), which is why the built files are kept.
 *
 *   node scripts/build-fixtures.mjs [NAME...]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import JSZip from 'jszip';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures', 'programmes');
/** Every zip entry's date and the core properties' dates of docx-package builds. */
const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

const only = process.argv.slice(2);
const names = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && (only.length === 0 || only.includes(e.name)))
  .map((e) => e.name)
  .sort();

for (const name of names) {
  const dir = join(FIXTURES, name);
  const built = await buildOne(name, dir);
  console.log(built ? `${name}: ${built}` : `${name}: nothing to build`);
}

async function buildOne(name, dir) {
  if (existsSync(join(dir, 'source.mjs'))) {
    const { default: document } = await import(pathToFileURL(join(dir, 'source.mjs')).href);
    const out = join(dir, `${name}.docx`);
    writeFileSync(out, await stableZip(await Packer.toBuffer(document)));
    return `${name}.docx (docx package)`;
  }
  const source = ['source.html', 'source.fodt'].find((f) => existsSync(join(dir, f)));
  if (source) {
    const options = existsSync(join(dir, 'build.json')) ? JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) : {};
    const to = options.to ?? 'docx';
    libreOfficeConvert(join(dir, source), to, join(dir, `${name}.${to}`));
    return `${name}.${to} (LibreOffice from ${source})`;
  }
  return null;
}

/** The `docx` package stamps the current time into the zip and core properties: fix both. */
async function stableZip(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace('.000', '')}`);
    zip.file('docProps/core.xml', xml);
  }
  for (const file of Object.values(zip.files)) file.date = FIXED_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

function libreOfficeConvert(sourcePath, to, outPath) {
  const work = mkdtempSync(join(tmpdir(), 'fixture-lo-'));
  try {
    const filter = to === 'doc' ? 'doc:MS Word 97' : 'docx:MS Word 2007 XML';
    const args = ['--headless', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`];
    // HTML opens in Writer/Web by default, which cannot save Word formats.
    if (sourcePath.endsWith('.html')) args.push('--infilter=HTML (StarWriter)');
    args.push('--convert-to', filter, '--outdir', work, sourcePath);
    execFileSync('soffice', args, { stdio: 'pipe', timeout: 180_000 });
    const produced = readdirSync(work).find((f) => f.endsWith(`.${to}`));
    if (!produced) throw new Error(`LibreOffice produced no .${to} for ${sourcePath}`);
    copyFileSync(join(work, produced), outPath);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
