/**
 * Calendar dates as the legacy systems print them. Parsed by hand, never via
 * `new Date(text)`, so a note dated 11/01/2026 stays 2026-11-01 in every time
 * zone (Date parsing of US strings is locale- and zone-dependent).
 */
import type { IsoDate } from '../model';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds an ISO date only when the day really exists (no 02/30, no 13/45). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// An optional time after the date ("11/20/2026 10:30 AM") is ignored: notes are dated by day.
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const US = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);

/**
 * MM/DD/YYYY, M/D/YYYY, M/D/YY (20YY: case notes are never from the 1900s)
 * and YYYY-MM-DD. Returns null for anything else, including impossible days.
 */
export function parseUsDate(text: string): IsoDate | null {
  const value = text.replace(/\u00a0/g, ' ').trim();
  const iso = ISO.exec(value);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US.exec(value);
  if (!us) return null;
  const rawYear = us[3] ?? '';
  const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
  return isoFromParts(year, Number(us[1]), Number(us[2]));
}

/** The way Toolbox and Workforce One want a date typed: MM/DD/YYYY. */
export function formatUsDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${m}/${d}/${y}`;
}
