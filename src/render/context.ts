/** The render context every renderer gets: a date from the source (never the clock) and the user's options. */
import type { Programme } from '../model/programme.js';
import type { RenderContext, RenderOptions } from './renderer.js';

/**
 * The date stamped into outputs: `SOURCE_DATE_EPOCH` when set (reproducible
 * builds' convention), else the file's own modification or creation date,
 * else the programme's first day, else the Unix epoch.
 */
export function sourceDateOf(programme: Programme, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000);
  const stamp = programme.source.modified ?? programme.source.created ?? (programme.days[0] ? `${programme.days[0].date}T00:00:00Z` : undefined);
  const date = stamp ? new Date(stamp) : new Date(0);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

export function renderContext(programme: Programme, options: RenderOptions = {}): RenderContext {
  return { sourceDate: sourceDateOf(programme), options };
}
