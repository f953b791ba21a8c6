/**
 * The page's only style sheet, inline so the file stands alone. Readable on
 * screens of any width (the time column folds above the title on narrow ones),
 * high-contrast, and print-friendly (no colours that waste ink, no split session).
 */
export const PROGRAMME_CSS = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #555; --rule: #ccc; --accent: #0b5394; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.5; color: var(--text); background: #fff; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 3rem; }
header { border-bottom: 2px solid var(--text); margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
ul, ol { padding-left: 1.5rem; }
li.session { list-style: none; position: relative; padding: 0.4rem 0 0.4rem 9rem; border-top: 1px solid var(--rule); break-inside: avoid; }
li.session:first-child { border-top: none; }
ul:has(> li.session) { padding-left: 0; margin: 0; }
li.session > p { margin: 0; }
.session-time { position: absolute; left: 0; width: 8.5rem; white-space: nowrap; font-weight: 700; font-variant-numeric: tabular-nums; }
li.session ul { list-style: none; padding-left: 0; margin: 0.2rem 0 0; color: var(--muted); }
li.session-break, li.session-meal { color: var(--muted); }
.footnotes { margin-top: 2.5rem; font-size: 0.9rem; border-top: 1px solid var(--rule); }
.footnotes h2 { font-size: 1rem; border: none; }
@media (max-width: 32rem) {
  li.session { padding-left: 0; }
  .session-time { position: static; display: block; width: auto; }
}
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  h2, h3 { break-after: avoid; }
}
@page { margin: 18mm 16mm; }
`.trim();
