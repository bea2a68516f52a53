/** How dates, due days and contact types read to a case manager, shared by every view. */
import type { ContactType, Severity } from '../lib/model';
import { formatUsDate } from '../lib/dates';

/** 'YYYY-MM-DD' → 'MM/DD/YYYY', the form case managers see in their systems. */
export const usDate = formatUsDate;

/** "12 days overdue", "1 day overdue", "due today", "due in 3 days". */
export function daysInWords(daysRemaining: number): string {
  if (daysRemaining < 0) return `${-daysRemaining} ${daysRemaining === -1 ? 'day' : 'days'} overdue`;
  if (daysRemaining === 0) return 'due today';
  return `due in ${daysRemaining} ${daysRemaining === 1 ? 'day' : 'days'}`;
}

export const CONTACT_WORDS: Record<ContactType, string> = { 'in-person': 'in person', telephone: 'phone', letter: 'letter', email: 'e-mail' };

/** "1 error", "2 errors"; `many` for words that don't just take an s. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** One set of severity names wherever a person reads them. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Reminder' };
// Severity is shown by icon shape and word, never by colour alone (WCAG 1.4.1).
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
