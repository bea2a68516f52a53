/**
 * A contact named with the participant right after it: a first name straight after the contact's noun and then how
 * long it took ("TC Cody 10 min, climbing test passed", "TC Doc 10m") as "TC client" is, and "Call w/ Jenna 20 min: …"
 * or "Call with client 20 min" after the entry's date, as it is opening its sentence. The participant is then named,
 * on both keys. A bare name with no length ("TC Jenna. Classes fine", "TC Spire 3/4.") is not read so: a company, a
 * topic or a try may follow it (tests/policy/review-names-after-tc-not-hers.test.ts). Near-misses of the same words
 * that do not count: an organisation, a title, a credential or an acronym in the name's place, someone else's
 * ("Jenna's mother"), a name the note does not give the participant, a contact planned, tried, cancelled or asked
 * about. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a contact named with the participant right after it', () => {
  counts([
    ['11/08 TC Cody 10 min, climbing test passed, final exam 12/12.', 'telephone'],
    ['#4572 — RESOLVED — 11/03 TC Kayden 4 min: back in class, passed the climbing test.', 'telephone'],
    ['11/30 TC Doc 10m. Back in class, QuickBooks ch 4-6 done, 1 absence (flu).', 'telephone'],
    ['10/27 TC Abdi 8 min: passed CNA state test both parts, interviewing at Rice Memorial 11/2.', 'telephone'],
    ['3/4 OV Maria: started at Menards 3/2, 30 hrs/wk, likes the crew.', 'in-person'],
    ['11/03 Call w/ Jenna 20 min: passed the CAST test, interview 11/10.', 'telephone'],
    ['11/10/26 phone w/ Devon 10 min: clinicals 55 of 75 hrs, exam 12/2.', 'telephone'],
    ['3/4 Call with client 20 min - job search, 3 apps at Hy-Vee.', 'telephone'],
  ]);
});

describe('the same words with someone else, planned, tried, cancelled or asked', () => {
  doesNotCount([
    '11/16 TC Walmart: she starts Monday on 2nd shift, 30 hrs.',
    "11/16 TC Jenna's mother: Jenna started at Hy-Vee 11/10.",
    '11/16 TC Jenna - NA, LM.',
    '11/16 TC Jenna scheduled for 12/10 to review finals.',
    '11/16 TC Jenna cancelled, she was at work.',
    '11/16 TC Dr. Patel: Jenna is cleared to return to class 11/20.',
    '11/16 TC HR: Jenna passed her 90-day probation.',
    'Participant: Maria Lopez. 11/16 TC Jenna 10 min: classes fine, passed the quiz.',
    '11/16 TC Jenna Smith, RN: client at 100% attendance, passed skills check.',
    '11/16 TC Tom at Goodwill: client passed the forklift quiz.',
    '11/16 TC Jenna? Number disconnected.',
    '11/03 Call w/ Jenna scheduled for 11/10 to go over the CAST test.',
    '11/03 Call w/ Jenna - no answer, VM full.',
    "11/03 Call w/ client's mother 20 min: she says client is doing fine.",
    '11/03 Call w/ client cancelled, she was at work.',
    '11/03 Call w/ her instructor 20 min: passed the CAST test.',
    '11/03 Call w/ client did not take place; moved to 11/10.',
    '11/03 Will call w/ client to go over the CAST test.',
    '11/03 Call w/ Jenna? She did not pick up.',
    '3/4 OV Maria no-show. Called, no answer.',
    '11/16 TC Mom: Jenna started at Hy-Vee 11/10.',
    '11/16 TC Goodwill 3/4: client is on the schedule, 30 hrs.',
    '11/16 TC Sgt. Miller: client in compliance, working 40 hrs.',
    '11/16 TC Jenna (her sister): client started at Hy-Vee.',
    '11/16 TC DVR 3/4: client cleared to start the CNA class.',
    '11/16 TC Jenna. Classes fine per her mom.',
    '3/4 Call w/ Section 8 20 min: voucher renewed.',
    "3/4 Call w/ client's mother 20 min: she says client is fine.",
    '11/16 TC Menards 10 min: Jenna starts Monday on 2nd shift.',
  ]);
});
