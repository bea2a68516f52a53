/**
 * Calendar dates, the one module for them: a date is a plain 'YYYY-MM-DD'
 * string (IsoDate), read from US and ISO text, written as MM/DD/YYYY (what a
 * host's field takes; people read M/D/YYYY, lib/words.ts) or ISO,
 * taken as "today" from an instant and a time zone, and moved by days or
 * months with date-fns. Parsing is done by hand, never through
 * `new Date(string)`, so a note typed in Missouri at 11 p.m. never becomes the
 * next day in UTC. (The schedule packs dates into day numbers for speed:
 * lib/schedule/calendar.ts.)
 */
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, isValid, lastDayOfMonth, lightFormat, parse, subYears } from 'date-fns';
import type { IsoDate } from './model';

type ParsedDate = { ok: true; date: IsoDate } | { ok: false; reason: string };

/**
 * Two-digit years pivot at 80: 00–79 mean 2000–2079 and 80–99 mean 1980–1999.
 * Case-management dates are recent or near future, so a fixed pivot is
 * predictable and needs no "today".
 */
export const TWO_DIGIT_YEAR_PIVOT = 80;

/** The earliest four-digit year read as a date. */
export const MIN_YEAR = 1900;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// An optional time after the date ("11/20/2026 10:30 AM", "2025-03-14T23:30:00Z") is ignored:
// notes are dated by the calendar day as written, so no time zone can shift it.
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const US = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** What is wrong with a date's text, for parseUsDate's sentences; a year, month or day where one is the trouble. */
type Flaw = 'blank' | 'form' | 'year0' | 'old' | 'month' | 'day';
type Read = { date: IsoDate } | { flaw: Flaw; text: string; y: number; m: number };

/**
 * The one parser for dates from pages, notes, imports and the CLI: MM/DD/YYYY,
 * M/D/YYYY, M/D/YY, MM-DD-YYYY and ISO YYYY-MM-DD, each with an optional time
 * that is ignored. Never `new Date(string)`: its parsing depends on the engine
 * and zone and it silently rolls 02/30 over to March. It names the flaw, not
 * the sentence, so the note frame (readUsDate only) carries none of the
 * sentences parseUsDate writes.
 */
function readDate(input: string): Read {
  const text = input.replace(/\u00a0/g, ' ').trim();
  const iso = ISO.exec(text);
  const us = iso ? null : US.exec(text);
  let y = 0;
  let m = 0;
  let d: number;
  const flaw = (f: Flaw): Read => ({ flaw: f, text, y, m });
  if (text === '') return flaw('blank');
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (us) {
    const yText = us[3] ?? '';
    [m, d, y] = [Number(us[1]), Number(us[2]), Number(yText)];
    if (yText.length === 2) y += y < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
  } else {
    return flaw('form');
  }
  if (y < 1) return flaw('year0');
  // "0026" for 2026 is a slip of the keyboard, never a case-management date (it put people 730,000 days overdue).
  if (y < MIN_YEAR) return flaw('old');
  if (m < 1 || m > 12) return flaw('month');
  if (d < 1 || d > daysInMonth(y, m)) return flaw('day');
  return { date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/** A date read from text, or the reason in a sentence a person can act on. */
export function parseUsDate(input: string): ParsedDate {
  const r = readDate(input);
  if ('date' in r) return { ok: true, date: r.date };
  const { text, y, m } = r;
  const shown = `"${clip(text)}"`;
  const reason = {
    blank: 'The date is blank.',
    form: `${shown} is not a date in MM/DD/YYYY, M/D/YY or YYYY-MM-DD form.`,
    year0: `${shown} has year 0.`,
    old: `${shown} has year ${pad(y, 4)}; check the year (dates before ${MIN_YEAR} are not read).`,
    month: `${shown} has month ${m}; months run 1 to 12.`,
    day: `${shown} is not a real date: month ${m} of ${y} has ${daysInMonth(y, m)} days.`,
  }[r.flaw];
  return { ok: false, reason };
}

/** The date, or null when the text holds none to read (an adapter's "N/A" cell, say): for readers that report unreadable dates themselves. */
export function readUsDate(text: string): IsoDate | null {
  const r = readDate(text);
  return 'date' in r ? r.date : null;
}

/** The way Toolbox and Workforce One want a date typed: MM/DD/YYYY. */
export function formatUsDate(date: IsoDate): string {
  const [y, mo, d] = date.split('-');
  return `${mo}/${d}/${y}`;
}

/**
 * The calendar date of an instant in time zone `timeZone` (an IANA name such
 * as 'America/Chicago'), or in the computer's own zone when none is given:
 * the case manager's "today". The caller passes the instant, because lib/
 * never reads the clock. An unknown zone name throws a RangeError.
 */
export function today(now: Date, timeZone?: string): IsoDate {
  if (timeZone === undefined) return localIsoDate(now);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * An instant's calendar date in the computer's own zone, read off its own fields: what content scripts
 * format dates with, so date-fns' formatter (with its token tables) stays out of every note frame.
 */
export function localIsoDate(at: Date): IsoDate {
  return `${String(at.getFullYear()).padStart(4, '0')}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. Plain integers: the schedule calls this for every contact. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when the string is a real calendar date in 'YYYY-MM-DD' form (rejects 2025-02-30). */
export function isValidIsoDate(iso: string): boolean {
  // Character checks, not a regex or a Date: this runs for every contact of a caseload.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = iso.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Arithmetic is date-fns on local noon: a DST change moves the clock by an hour, never noon into another day.

export function addDays(date: IsoDate, days: number): IsoDate {
  return lightFormat(fnsAddDays(noon(date), days), ISO_FORMAT);
}

/** Whole months later (earlier when negative), clamped to the month's end: 2024-01-31 plus one month is 2024-02-29. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return lightFormat(fnsAddMonths(noon(date), months), ISO_FORMAT);
}

/** The last day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  return lightFormat(lastDayOfMonth(noon(date)), ISO_FORMAT);
}

/** The last day of the month after the date's: 2024-01-31 -> 2024-02-29, 2024-12-05 -> 2025-01-31 (Minnesota's monthly due date). */
export function endOfFollowingMonth(date: IsoDate): IsoDate {
  return endOfMonth(addMonths(date, 1));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(noon(to), noon(from));
}

const ISO_FORMAT = 'yyyy-MM-dd';

/** The number written in s[from, to), known to be ASCII digits. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** Local noon of a calendar date; setFullYear, because the Date constructor reads years 0–99 as 1900–1999. */
function noon(date: IsoDate): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
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

/**
 * How far back a year-less date after the note's date may be taken as last year's: a quarter, so a
 * log that runs over New Year is read right, while the dates ahead that notes mention in the same
 * sentence as the contact (an end of term, a start date) are never taken for a contact most of a year ago.
 */
const LAST_YEAR_DAYS = 92;
// The month-name forms findDatesInText finds without a year: "Feb 11", "February 11".
const NO_YEAR = ['MMM d', 'MMMM d'];

/**
 * The day a date typed in a note names, read against the note's own date: "02/11/2026", "2/11/26",
 * "2026-02-11" as written; "2/11", "Feb. 11th", "Sept 3" without a year are the note's year, or the
 * year before when they would come after the note's date and that makes them a recent day (within
 * LAST_YEAR_DAYS: "12/28" in a log saved on 1/5). A year-less date further ahead ("cont ITA thru
 * 6/30" in a note of 1/2) is a date to come, not last year's: null, as for anything that names no
 * real day (2/30, words that are no date).
 */
export function typedDateOn(typed: string, noteDate: IsoDate): IsoDate | null {
  const text = typed.trim();
  const full = parseUsDate(text);
  if (full.ok) return full.date;
  if (!isValidIsoDate(noteDate)) return null;
  const year = Number(noteDate.slice(0, 4));
  // "2/11" is read as "2/11/<year>" by the one parser (fast: a note's reason is read for every note of an audit);
  // "Feb. 11th" by date-fns, in the year of the reference day.
  const numeric = /^\d{1,2}\/\d{1,2}$/.test(text);
  const words = numeric ? '' : text.replace(/^sept\b/i, 'Sep').replace(/\.(?=\s)/, '').replace(/(\d)(?:st|nd|rd|th)$/i, '$1');
  const inYear = (back: number): IsoDate | null => (numeric ? readUsDate(`${text}/${year - back}`) : monthDay(words, subYears(noon(noteDate), back)));
  const thisYear = inYear(0);
  if (thisYear !== null && thisYear <= noteDate) return thisYear;
  // After the note's date (or no such day this year, a 2/29): last year's, when that is recent.
  const lastYear = inYear(1);
  return lastYear !== null && daysBetween(lastYear, noteDate) <= LAST_YEAR_DAYS ? lastYear : null;
}

/** "Feb 11", "February 11" in the year of `reference`, or null. */
function monthDay(words: string, reference: Date): IsoDate | null {
  for (const form of NO_YEAR) {
    const d = parse(words, form, reference);
    if (isValid(d)) return lightFormat(d, ISO_FORMAT);
  }
  return null;
}
