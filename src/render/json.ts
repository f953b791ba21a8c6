/** The contract's JSON: validated against the schema before it is written, keys in the schema's order. */
import { ProgrammeSchema } from '../model/programme.js';
import type { Renderer } from './renderer.js';

const renderer: Renderer = {
  format: 'json',
  extension: 'json',
  mediaType: 'application/json',
  render(programme) {
    // parse() both validates and rebuilds the object in the schema's key order.
    const valid = ProgrammeSchema.parse(programme);
    return new TextEncoder().encode(`${JSON.stringify(valid, null, 2)}\n`);
  },
};
export default renderer;
