/**
 * Every input format: detected from the file's bytes, then read by its
 * reader (loaded only when needed). A new input format is one reader module
 * and one line here, plus its signature in `detect.ts`.
 */
import type { InputFormat } from '../model/programme.js';
import type { Reader } from './reader.js';

const loaders: Record<InputFormat, () => Promise<{ default: Reader }>> = {
  txt: () => import('./txt.js'),
  md: () => import('./markdown.js'),
  docx: () => import('./docx.js'),
  doc: () => import('./doc.js'),
};

/** Extensions a folder search picks up. */
export const INPUT_EXTENSIONS = ['.docx', '.doc', '.txt', '.md', '.markdown'];

export async function loadReader(format: InputFormat): Promise<Reader> {
  return (await loaders[format]()).default;
}
