/**
 * Calendar dates as plain 'YYYY-MM-DD' strings. Parsing is done by hand, never
 * through `new Date(string)`, so a note typed in Missouri at 11 p.m. never
 * becomes the next day in UTC. Shared by the rules, the CLI and lib/schedule.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from './model';

export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; reason: string };

/**
 * Two-digit years pivot at 80: 00–79 mean 2000–2079 and 80–99 mean 1980–1999.
 * Case-management dates are recent or near future, so a fixed pivot is
 * predictable and needs no "today".
 */
export const TWO_DIGIT_YEAR_PIVOT = 80;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');


// An optional time after the date ("11/20/2026 10:30 AM", "2025-03-14T23:30:00Z") is ignored:
// notes are dated by the calendar day as written, so no time zone can shift it.
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const US = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * The one parser for dates from pages, notes, imports and the CLI: MM/DD/YYYY,
 * M/D/YYYY, M/D/YY, MM-DD-YYYY and ISO YYYY-MM-DD, each with an optional time
 * that is ignored. Never `new Date(string)`: its parsing depends on the engine
 * and zone and it silently rolls 02/30 over to March.
 */
export function parseUsDate(input: string): ParsedDate {
  const text = input.replace(/\u00a0/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'The date is blank.' };
  const iso = ISO.exec(text);
  const us = iso ? null : US.exec(text);
  let y: number;
  let m: number;
  let d: number;
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (us) {
    const yText = us[3] ?? '';
    [m, d, y] = [Number(us[1]), Number(us[2]), Number(yText)];
    if (yText.length === 2) y += y < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
  } else {
    return { ok: false, reason: `"${clip(text)}" is not a date in MM/DD/YYYY, M/D/YY or YYYY-MM-DD form.` };
  }
  if (y < 1) return { ok: false, reason: `"${clip(text)}" has year 0.` };
  if (m < 1 || m > 12) return { ok: false, reason: `"${clip(text)}" has month ${m}; months run 1 to 12.` };
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return { ok: false, reason: `"${clip(text)}" is not a real date: month ${m} of ${y} has ${max} days.` };
  return { ok: true, date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/**
 * The calendar date of an instant in the computer's own time zone (the case
 * manager's "today"). The caller passes the instant: lib/ never reads the clock.
 */
export function localIsoDate(at: Date): IsoDate {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The way Toolbox and Workforce One want a date typed: MM/DD/YYYY. */
export function formatUsDate(date: IsoDate): string {
  const [y, mo, d] = date.split('-');
  return `${mo}/${d}/${y}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. Plain integers: the schedule calls this for every contact. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). Local noon, so no DST change moves a day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(noon(to), noon(from));
}

/** Local noon of a calendar date; setFullYear, because the Date constructor reads years 0–99 as 1900–1999. */
function noon(iso: IsoDate): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return d;
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
