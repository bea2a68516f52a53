/** How dates, due days and contact types read to a case manager, shared by every view. */
import type { ContactType } from '../lib/model';
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
