/**
 * One voice wherever a person reads the product: the coach's cards and
 * panel, the popup, Options, the CSV export and the command line's text and
 * HTML report all word severities, counts, due days, dates and names through
 * here. Machine output keeps machine values (the CLI's JSON `severity` stays
 * `info`; README, "Severity names").
 */
import type { ContactType, Severity } from './model';
import { localIsoDate } from './dates';

/** The severity names people read; `info` is a Reminder everywhere it is shown. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Reminder' };
/** Severity is shown by icon shape and word, never by colour alone (WCAG 1.4.1). */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** A contact type as the popup and the panel say it: '(phone)', '(in person)'. */
export const CONTACT_WORDS: Record<ContactType, string> = { 'in-person': 'in person', telephone: 'phone', letter: 'letter', email: 'e-mail' };

/** A participant's state as the popup's rows and the CSV export say it (lib/schedule/status.ts's states). */
export const STATE_WORDS = { 'soft-exited': 'Soft-exited', overdue: 'Overdue', 'due-soon': 'Due soon', ok: 'On track', 'no-activity': 'No activity' } as const;

/** The word for n of something: "participant" for 1, "participants" otherwise; `many` for words that don't just take an s. */
export function noun(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** "1 error", "2 errors", "1,200 participants". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${noun(n, word, many)}`;
}

/** "12 days overdue", "1 day overdue", "due today", "due in 3 days": never a negative count. */
export function daysInWords(daysRemaining: number): string {
  if (daysRemaining < 0) return `${plural(-daysRemaining, 'day')} overdue`;
  if (daysRemaining === 0) return 'due today';
  return `due in ${plural(daysRemaining, 'day')}`;
}

/**
 * A date as people read it: M/D/YYYY ("8/14/2026"), US order without leading
 * zeros, on every surface a person reads. What we type into a host's own
 * field or note keeps the systems' MM/DD/YYYY (lib/dates.ts, formatUsDate);
 * machine output keeps ISO. Text that is not a YYYY-MM-DD date (an
 * impossible one being reported) is shown as it came.
 */
export function usDate(date: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  return m ? `${+m[2]!}/${+m[3]!}/${m[1]}` : date;
}

/** An instant as people read it, in the computer's own zone: "11/20/2026 at 3:04 PM" (never the browser's locale format). */
export function usDateTime(at: Date): string {
  if (Number.isNaN(at.getTime())) return '';
  const hour = at.getHours();
  // Off the instant's own fields, as lib/dates.ts's localIsoDate: no date-fns formatter in the note frame.
  return `${usDate(localIsoDate(at))} at ${hour % 12 || 12}:${String(at.getMinutes()).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** 'YYYY-MM' → "March 2026". */
export function monthInWords(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const name = m ? names[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

const nameWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter(Boolean)
    .sort()
    .join(' ');

/**
 * The name kept for a participant when a page (or a file) shows one: names
 * are never re-ordered by us, they read as the system shows them. Systems
 * show one person both ways (Workforce One's caseload list "Lindqvist,
 * Tomas", its Summary "Tomas Lindqvist"): the list's "Last, First" is kept
 * once seen, so the popup, the panel and the export never switch between the
 * two as pages are visited. Any other new name replaces the old one.
 */
export function keptName(before: string | null | undefined, read: string | null | undefined, fallback: string): string {
  const now = read?.trim() ?? '';
  const old = before?.trim() ?? '';
  if (!now) return old || fallback;
  if (old.includes(',') && !now.includes(',') && nameWords(old) === nameWords(now)) return old;
  return now;
}
