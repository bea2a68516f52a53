/**
 * Day numbers: the schedule's compact form of a calendar date, the days since
 * 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil), so leap years and month ends are exact. A caseload digest
 * stores every date this way and the due-date walk steps through them as
 * integers: a Date object per contact is too slow for a 10,000-participant
 * caseload (see the bench). Everything else about dates is lib/dates.ts; the
 * tests check these functions against date-fns as an independent oracle.
 */

/** Days since 1970-01-01. Assumes a well-formed 'YYYY-MM-DD' (validated at the edge). */
export function toDayNumber(iso: string): number {
  return civilToDayNumber(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
}

/** Day number of year/month/day (month 1–12). */
export function civilToDayNumber(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Caseloads share a few thousand distinct dates, so formatted dates are
// cached: a full recompute formats ~50,000 of them. Cleared when full so it
// cannot grow without bound.
const formatted = new Map<number, string>();

/** Inverse of toDayNumber. */
export function fromDayNumber(n: number): string {
  const hit = formatted.get(n);
  if (hit !== undefined) return hit;
  if (formatted.size >= 8192) formatted.clear();
  const s = formatDayNumber(n);
  formatted.set(n, s);
  return s;
}

function formatDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}


/** [year, month] of a 'YYYY-MM-DD'. */
export function yearMonth(iso: string): [number, number] {
  return [digits(iso, 0, 4), digits(iso, 5, 7)];
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
