/**
 * Explicit US date parsing for dates read from pages and import files.
 * Never `new Date(string)`: its parsing is engine- and zone-dependent and it
 * silently rolls 02/30 over to March.
 *
 * Accepted: MM/DD/YYYY and M/D/YYYY, MM/DD/YY and M/D/YY, ISO YYYY-MM-DD
 * (also with '-' in the US forms, e.g. 3-5-2025). Surrounding spaces are ignored.
 *
 * Two-digit years pivot at 80: 00–79 mean 2000–2079 and 80–99 mean 1980–1999.
 * Case-management dates (contacts, enrolments, activities) are recent or near
 * future, so a fixed pivot is predictable and needs no "today".
 */
import { daysInMonth } from './calendar';

export const TWO_DIGIT_YEAR_PIVOT = 80;

export type ParsedDate = { ok: true; date: string } | { ok: false; reason: string };

const US = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseUsDate(input: string): ParsedDate {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'The date is blank.' };
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(text);
  const us = iso ? null : US.exec(text);
  if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else if (us) {
    m = Number(us[1]);
    d = Number(us[2]);
    const yText = us[3] ?? '';
    y = Number(yText);
    if (yText.length === 2) y += y < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
  } else {
    return { ok: false, reason: `"${clip(text)}" is not a date in MM/DD/YYYY, M/D/YY or YYYY-MM-DD form.` };
  }
  if (y < 1) return { ok: false, reason: `"${clip(text)}" has year 0.` };
  if (m < 1 || m > 12) return { ok: false, reason: `"${clip(text)}" has month ${m}; months run 1 to 12.` };
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) {
    return { ok: false, reason: `"${clip(text)}" is not a real date: month ${m} of ${y} has ${max} days.` };
  }
  return { ok: true, date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
