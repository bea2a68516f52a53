/**
 * Words that are not this note's contact: an earlier note copied in ("Copy of prior note (12/1):", "Pasted from the 2/2
 * note:"), a monitor's or supervisor's review of the file ("State monitor visit 4/4: … this file shows an OV w/ client"),
 * an example written for staff or a test entry. Each recounts a contact that, if it happened, was counted in its own
 * note (lib/text/history.ts). A contact of today written beside such words still counts. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('an earlier note copied in, a review of the file, an example or a test', () => {
  doesNotCount([
    'State monitor visit 4/4: 25 files reviewed; this file shows an OV w/ client 3/3.',
    'Copy of prior note (12/1/2025): Met with customer, discussed job search.',
    'Pasted from the 2/2 note: Spoke with participant by phone, she is working 30 hrs.',
    'Copy of the 1/10 entry: TC w/ client, she reports attending classes.',
    'Same as last month\'s note: TC w/ cust, reports working at Tyson.',
    'Program monitor review 5/5: the 3/3 note (met with participant, discussed IEP) lacks a next step.',
    'Example note for new staff: TC w/ client 3/4, client reports working 30 hrs.',
    'Sample case note: Met with participant in person 3/4; she reports she passed the GED.',
    'TEST NOTE - ignore. Met with client 3/4, she is working.',
    'Test entry, please delete: spoke with client by phone 3/4.',
  ]);
});

describe('still counts: today\'s contact beside them', () => {
  counts([
    ['Copy of prior note (12/1/2025): Met with customer, discussed job search.\nToday 3/4: TC w/ customer, she starts at Target 3/9, 30 hrs/wk. F/u 4/4.', 'telephone'],
    ['TC w/ cust 3/4, same as last month: still at Tyson 40 hrs, $17/hr. Next TC 4/4.', 'telephone'],
    ['Met with client 3/4 to go over the monitor\'s finding on her file; she reports she passed her CNA exam 3/1. F/u 4/4.', 'in-person'],
  ]);
});
