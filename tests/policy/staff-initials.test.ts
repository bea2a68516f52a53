/**
 * Staff initials as the writer. A team that signs its notes with initials ("-JT", "/RB", "— MR") writes those initials
 * as the subject of its own contacts ("JT met P 4/2", "RB + KL met with cust"): initials the note is signed with, or
 * joined by "+", "&" or "and" to them, are the writer, as "CM" or "I" is. Initials the note does not sign (another
 * agency's worker, "PO", "HR") are not, and a plan, a try, a one-way message or a negation by the writer counts no
 * more than it does with "I". Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('initials the note is signed with are the writer', () => {
  counts([
    ['JT met P 4/2 at the WFC. P passed the CNA skills test 3/30, starts at Mercy 4/14. ISS updated. -JT', 'in-person'],
    ['RB + KL met with cust 4/3. Cust started at Tyson 3/28, 40 hrs. Continue follow-up per IEP. /RB', 'in-person'],
    ['DK talked to client by phone 4/4: she finished week 6 of the welding class. Continue ITA. -DK', 'telephone'],
    ['AW and MR met participant 4/5 at the library; he passed his GED math (152). ISS updated. — MR', 'in-person'],
  ]);
  doesNotCount([
    'PO met P 4/2 at the jail. P says he passed the GED. -JT',
    'JT met P 4/2 at the WFC. P passed the CNA skills test. -KL',
    'HR met P 4/2 about her hours; she is on 2nd shift now. -JT',
    'JT will meet P 4/9 at the WFC to go over the ISS. -JT',
    'JT called P 4/2, no answer, left VM. -JT',
    'JT texted P 4/2 re: timesheet. -JT',
    "JT met P's probation officer 4/2: P is attending class. -JT",
    'JT did not meet P 4/2; P was at work. -JT',
  ]);
});
