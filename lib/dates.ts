/**
 * Calendar dates as plain 'YYYY-MM-DD' strings. Parsing is done by hand, never
 * through `new Date(string)`, so a note typed in Missouri at 11 p.m. never
 * becomes the next day in UTC. Shared by the rules, the CLI and lib/schedule.
 */
import type { IsoDate } from './model';

export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; reason: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function build(year: number, month: number, day: number): ParsedDate {
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month} is not 1–12` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `day ${day} does not exist in ${pad(month)}/${year}` };
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Two-digit years: 00–69 → 20xx, 70–99 → 19xx (case notes are from this century; birth years are not our business). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const US = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses MM/DD/YYYY, M/D/YY, MM-DD-YYYY and ISO (YYYY-MM-DD, with an optional
 * time that is ignored: the calendar date as written is what the case manager meant).
 */
export function parseUsDate(s: string): ParsedDate {
  const t = s.trim();
  if (t === '') return { ok: false, reason: 'the date is blank' };
  const iso = ISO.exec(t);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US.exec(t);
  if (us) return build(fullYear(us[3] ?? ''), Number(us[1]), Number(us[2]));
  return { ok: false, reason: `"${t.slice(0, 40)}" is not a date like 03/14/2025, 3/14/25 or 2025-03-14` };
}

/** Day number since 1970-01-01 for an ISO date; Date.UTC is pure arithmetic, no clock or zone. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export interface DateSpan {
  start: number;
  end: number;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
// Simple alternations with no nested quantifiers, so matching stays linear on hostile input.
const IN_TEXT = new RegExp(
  `(?<![\\d/])\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\d/])|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}-\\d{1,2}-\\d{2,4}\\b|\\b(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
  'gi',
);

/** Where the text mentions a calendar date (3/2, 03/02/2025, 2025-03-02, March 2). */
export function findDatesInText(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(text); m; m = IN_TEXT.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
