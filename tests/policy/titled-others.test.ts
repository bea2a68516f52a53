/**
 * A title of office before a name ("Sgt. Miller (PO)", "Lt. Haynes", "Rev. Jones", "Dr. Patel", "Pastor Green", "Officer
 * Diaz") or a role the lists did not know ("Dispatcher said …") names someone else, never the participant: "TC w/ Sgt.
 * Miller (PO) 4/20: client in compliance" is a call with the probation officer, and what follows is his report. Both keys
 * read it so (lib/text/names.ts, the reader's people words; lib/policy/stated-words.ts). A courtesy title ("Mr. Ortiz")
 * is still the participant unless shown otherwise. Our sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, verdict } from './both-packs';

const OFFICE_TITLED = [
  'TC w/ Sgt. Miller (PO) 4/20: client in compliance, reporting weekly.',
  'TC w/ Rev. Jones 4/20: client has been attending services and is looking for work.',
  'TC w/ Lt. Haynes 5/2: client is compliant with conditions.',
  'TC w/ Dr. Patel 3/3: client cleared to return to work 4/1.',
  'TC w/ Pastor Green 3/3, says client is doing well at the shelter.',
  'Spoke with Det. Ruiz 6/6 about the client; he is cooperating with the case.',
  'Called Capt. Ellis at the Salvation Army 3/4: client is in the program and working days.',
  'Met with Judge Harmon 3/4 after court; client\'s charge was dismissed.',
  'Sgt. Miller called 4/22: client reported to him and is working at Tyson.',
  'TC w/ Coach Rivera 3/3 - client attending practice and classes.',
  'TC w/ Prof. Adams 4/20: client attending GED class 3x/week.',
  'TC w/ Atty. Green 4/20: client\'s expungement hearing set, she is working at Aldi.',
  'TC w/ Supt. Green 4/20: client is enrolled and attending summer school.',
  'Met with Professor Adams 4/20; client has a B in the welding theory course.',
  'TC w/ attorney Green 4/20: client\'s record is sealed and she is applying at the hospital.',
];

describe('a title of office names someone else: no contact with the participant', () => {
  doesNotCount([...OFFICE_TITLED, 'Called Ingram dispatch 3/4. Dispatcher said he spoke with participant this morning and he is on a run to Joplin.']);
  it.each(OFFICE_TITLED)('the party is not the participant: %s', (text) => {
    expect(verdict(text, 'mo-dwd-toolbox').party).not.toBe('participant');
  });
});

describe('still the participant: a courtesy title, or the participant named beside the officer', () => {
  counts([
    ['TC w/ Mr. Ortiz 4/20 - passed the CDL permit test, road test 5/2.', 'telephone'],
    ['Spoke with Ms. Lee by phone 3/14. She starts the CNA course 3/30.', 'telephone'],
    ['Met with client at the probation office 3/4 after her check-in with Officer Diaz; she reports 32 hrs at Tyson and passed her forklift test.', 'in-person'],
  ]);
});
