/**
 * Calendar dates as the legacy systems print them, read with the project's
 * one date parser (lib/dates.ts). Adapters only need "the date, or none":
 * an unreadable date becomes a problem for the user, not a guess.
 */
import { formatUsDate, parseUsDate as parse } from '../dates';
import type { IsoDate } from '../model';

export function parseUsDate(text: string): IsoDate | null {
  const r = parse(text);
  return r.ok ? r.date : null;
}

export { formatUsDate };
