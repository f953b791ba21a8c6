/** Placing the model's wall-clock dates and times in an IANA time zone (luxon, over Intl's tz data). */
import { DateTime, IANAZone } from 'luxon';
import { InputError } from '../read/reader.js';
import type { LocalDateTime } from './clock.js';

/** The zone calendar exports use when `--timezone` is not given. */
export const DEFAULT_TIMEZONE = 'Europe/Paris';

/** The zone to use, checked: an unknown name is the user's to fix. */
export function resolveTimezone(timezone: string | undefined): string {
  const zone = timezone ?? DEFAULT_TIMEZONE;
  if (!IANAZone.isValidZone(zone)) {
    throw new InputError(`unknown time zone "${zone}" (expected an IANA name such as Europe/Paris)`);
  }
  return zone;
}

/**
 * The instant a wall-clock time names in `zone`. A time that does not exist
 * (skipped by a DST change) is moved forward, as clocks are.
 */
export function zoned(local: LocalDateTime, zone: string): DateTime<true> {
  const value = DateTime.fromISO(`${local.date}T${local.time}`, { zone });
  if (!value.isValid) throw new Error(`invalid date/time ${local.date} ${local.time} in ${zone}`);
  return value;
}

/** ISO 8601 with the zone's offset and no seconds noise, e.g. `2013-12-19T09:30:00+01:00`. */
export function isoWithOffset(local: LocalDateTime, zone: string): string {
  return zoned(local, zone).toISO({ suppressMilliseconds: true });
}
