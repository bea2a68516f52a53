/**
 * The second key (lib/policy/stated-contact.ts) on voices it once misread: someone else bound as the participant,
 * a visit with nobody talking, passives that name the participant and a channel, call-centre dispositions. Each
 * class has phrasings that must count and near-misses that must not; our own sentences, not corpus notes.
 */
import { describe, expect, it } from 'vitest';
import type { PackId } from '../../lib/packs';
import { PACKS } from '../../lib/packs';
import { words } from '../../lib/policy/stated-words';
import { checkNote } from '../../lib/rules';
import { doesNotCount } from './both-packs';

const verdict = (text: string, pack: PackId = 'mo-dwd-toolbox') => checkNote({ text, contactType: null, hasDateField: true }, { pack: PACKS[pack], today: '2026-12-01' });

const counts = (rows: ReadonlyArray<readonly [string, string]>) =>
  it.each(rows)('%s', (text, type) => {
    const v = verdict(text);
    expect(v.qualifies, v.reason?.message).toBe(true);
    expect(v.contactType).toBe(type);
  });

describe("someone else's report or staff is not the participant", () => {
  doesNotCount([
    'Per DVOP Harlan (Teams chat): he met w/ customer on 11/18 and customer is attending CDL school, passed permit test.',
    'Per Ms. Okafor at the county office, she talked with cust 11/18; cust starts at Tyson 12/1.',
    'According to the instructor, he spoke with client on 11/18 and client is passing all classes.',
    "Called the County Veterans Service Office, spoke w/ Rick re: customer's DD-214. Rick will mail a copy.",
    "Called Ameren safety office 11/18 re: customer's start date, LM. Safety clerk Donna called back 11/19 and confirmed he starts 12/1, $19/hr.",
  ]);
  counts([
    ['Per our phone call 11/19, cust reports she is attending all classes, 92% average. Continue ITA.', 'telephone'],
    ['Per TC w/ cust 11/19: started at Target 11/15, 30 hrs/wk. Continue follow-up.', 'telephone'],
  ]);
});

describe('a visit for an errand counts only when someone talked or the participant told something', () => {
  doesNotCount([
    'Customer came by the Job Center 11/19 to pick up the bus pass.',
    'Customer came by the Job Center 11/19 to pick up the bus pass. Front desk gave it to him.',
    'Client stopped in 11/19 to drop off her timesheet.',
    'Cust came in 11/19 to use the computer lab. File reviewed.',
  ]);
  counts([
    ['Customer came by the Job Center 11/19 to pick up the bus pass; we talked about her interview at Cerner on 11/21. Continue job search.', 'in-person'],
    ['Client came in 11/19 to drop off her timesheet. She reports 38 hrs at the WEX site this week. Continue WEX.', 'in-person'],
    ['Cust came in 11/19 to drop off grades. Cust on track to finish the CNA program in January. Continue ITA.', 'in-person'],
    ['Client came in 11/19 and brought her grade report: A, B, B+. Continue ITA.', 'in-person'],
  ]);
});

describe('a passive that names the participant and a channel, with their side after it', () => {
  counts([
    ['The participant was contacted by telephone on 11/19 and reported she is working 32 hrs at Walmart. Continue follow-up.', 'telephone'],
    ['Customer was called on 11/19 and stated he passed the CNA exam. Continue follow-up.', 'telephone'],
    ['Customer was seen in the office today. She turned in her timesheet, 40 hrs. Continue WEX.', 'in-person'],
  ]);
  doesNotCount([
    'The participant was contacted by telephone on 11/19; no answer, voicemail left.',
    'The participant was contacted by telephone on 11/19.',
    'Participant was scheduled to be contacted by phone 11/19.',
    'Customer was called 11/19. File reviewed. Address verified.',
  ]);
});

describe('call-centre dispositions: a right-party contact (RPC) is the participant on the phone', () => {
  counts([
    ['Outbound call 11/19 - RPC. Cust confirmed attending classes M-F, passed midterm. Continue ITA.', 'telephone'],
    ['Outcome: Contacted - RPC\nQ1 In training? - Yes, welding at Ranken, 3G test passed 11/12\nWrap: continue ITA per IEP', 'telephone'],
  ]);
  doesNotCount([
    'Outbound call 11/19 - LVM. Outbound call 11/20 - NA.',
    'Outbound call 11/19 - RPC attempt, no answer.',
    'Outcome: Contacted - TPC. Spoke with her mother; client at work.',
    'Outcome: no RPC after 3 dials.',
  ]);
});

describe("a reviewer's comment or an invitation is not the contact", () => {
  doesNotCount([
    'Letter mailed to cust 11/2 re: 90-day contact.\n** QA comment 11/25: Response from customer not documented. A letter alone does not meet CMC. **',
    'Called ITA provider (Ranken, admissions rep) 11/8 re: cust status. Rep said cust is "still enrolled."\nQA 11/12: Provider contact lacks progress and justification, passed/attendance not given. Do not count.',
    'Supervisor comment 11/20: TC w/ cust on 10/2 was the last contact; please document a new one.',
    'Sent Google Meet invite for 11/25 2:00 PM to cust. Calendar shows cust accepted the invite 11/24.',
    'E-mailed cust the Zoom link for our 11/25 meeting.',
    'CASE REVIEW 11/30 - D. Moss (Supervisor) w/ CM\nOctober: OV 10/6, client reported passing module 2. November: TC 11/3 no answer, letter 11/10. Supervisor recommends a home visit.',
    'Letter mailed to cust 11/2.\nCM response 11/26: Cust has not responded. Will attempt TC.',
  ]);
  counts([
    ['TC w/ cust 11/20: passed the 3G bend test, 96% attendance. Continue ITA.\nQA 11/22: documentation complete.', 'telephone'],
    ['Case review 11/20: met with client in the office, she reports 2 interviews this week. Continue job search.', 'in-person'],
    ['Zoom meeting w/ cust 11/20 (link sent 11/19): she finished module 5 of 8. Continue ITA.', 'telephone'],
  ]);
});

describe('the recogniser\'s word lists', () => {
  it('refuse a phrase listed twice in one list, so no list hides a word that belongs to another', () => {
    expect(() => words('met spoke met')).toThrow(/"met" is listed twice/);
    expect(() => words('', 'teams call|zoom call|teams call')).toThrow(/"teams call" is listed twice/);
    expect(words('met spoke', 'teams call').size).toBe(3);
  });
});
