/** How dates, due days, counts, severities and contact types read to a case manager, shared by every view (lib/words.ts). */
import type { ContactType } from '../lib/model';

export { daysInWords, plural, SEVERITY_ICON, SEVERITY_LABEL, usDate } from '../lib/words';

export const CONTACT_WORDS: Record<ContactType, string> = { 'in-person': 'in person', telephone: 'phone', letter: 'letter', email: 'e-mail' };
