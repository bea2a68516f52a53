/**
 * A date as spreadsheets write it into an export (a notes export for `cli
 * audit`, a caseload file for the Options import). Excel saves a
 * CSV with each date as the cell shows it, so besides what parseUsDate reads
 * (MM/DD/YYYY, M/D/YY, YYYY-MM-DD, with a time) an export holds "14-Mar-25",
 * "March 14, 2025", "2025/03/14" or, in a General-formatted column, Excel's day
 * number (45730 for 3/14/2025). Each of these reads one way only (a month named
 * in words, or the year first), so it is turned into a form parseUsDate reads,
 * which then checks it as it checks every date. Small regular expressions
 * rather than date-fns' parse: one per form, no guessing among formats.
 */
import { addDays, parseUsDate } from '../dates';

type ParsedDate = ReturnType<typeof parseUsDate>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1 to 12 for "Mar", "March", "Sept" or "Sep."; 0 for anything else. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = w === 'sept' ? 8 : w.length === 3 ? MONTHS.indexOf(w) : FULL.indexOf(w);
  return i + 1;
}

// "March 14, 2025", "Mar 14 2025", "Sept. 4, 2025"
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/;
// "14-Mar-25", "14-Mar-2025", "14 March 2025"
const DAY_MONTH_YEAR = /^(\d{1,2})[-\s]([A-Za-z]{3,9}\.?)[-\s,]+(\d{2}|\d{4})$/;
// "2025/03/14"
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * Excel's day numbers (its 1900 system counts from 12/30/1899 for every day after 2/28/1900): a whole
 * five-digit number from 32874 (1/1/1990) to 73050 (12/31/2099). Anything else (an ID pasted in a date
 * column, a decimal) is not guessed at.
 */
function excelDay(text: string): string | null {
  if (!/^\d{5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 32874 && n <= 73050 ? addDays('1899-12-30', n) : null;
}

export function parseExportDate(input: string): ParsedDate {
  const text = input.replace(/\u00a0/g, ' ').trim();
  const serial = excelDay(text);
  if (serial) return { ok: true, date: serial };
  let m = MONTH_DAY_YEAR.exec(text);
  if (m && monthOf(m[1]!)) return parseUsDate(`${monthOf(m[1]!)}/${m[2]}/${m[3]}`);
  m = DAY_MONTH_YEAR.exec(text);
  if (m && monthOf(m[2]!)) return parseUsDate(`${monthOf(m[2]!)}/${m[1]}/${m[3]}`);
  m = YEAR_FIRST.exec(text);
  if (m) return parseUsDate(`${m[1]}-${m[2]}-${m[3]}`);
  return parseUsDate(input);
}
