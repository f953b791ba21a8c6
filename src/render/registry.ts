/**
 * Every output format, loaded only when asked for (a PDF's font and layout
 * code costs nothing to a run that writes JSON). A new format is one module
 * in this folder and one line here.
 */
import type { Renderer } from './renderer.js';

const loaders = {
  json: () => import('./json.js'),
  md: () => import('./markdown/index.js'),
  pdf: () => import('./pdf/index.js'),
  ics: () => import('./ics.js'),
  jsonld: () => import('./jsonld.js'),
  csv: () => import('./csv.js'),
  html: () => import('./html.js'),
} satisfies Record<string, () => Promise<{ default: Renderer }>>;

export type OutputFormat = keyof typeof loaders;
export const OUTPUT_FORMATS = Object.keys(loaders) as OutputFormat[];
export const DEFAULT_FORMATS: OutputFormat[] = ['json', 'md', 'pdf'];

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(loaders, name);
}

export async function loadRenderer(format: OutputFormat): Promise<Renderer> {
  return (await loaders[format]()).default;
}
