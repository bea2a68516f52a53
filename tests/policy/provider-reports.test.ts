/**
 * Missouri DWD 01-02 Change 1, §2.2: a contact with the training or activity provider (an instructor, a school
 * counselor, an employer's or OJT supervisor) or with an alternate contact counts when it documents the customer's
 * substantive progress in the enrolled activity (a provider's also justifies continuing). Such a contact is often told
 * with the provider as its subject: "Instructor e-mailed the attendance report 3/3: …", "OJT supervisor returned my
 * call 4/10: …", "Ranken instructor called 2/2: …". Minnesota records it (Letter 110, Policy 6) but it never replaces
 * the monthly contact with the participant. Without progress, tried, planned, asked, reported by someone else or ours
 * only one way, it counts nowhere. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { verdict } from './both-packs';

const PROVIDER_REPORTS: ReadonlyArray<readonly [string, string, string]> = [
  ['Instructor e-mailed the monthly attendance report 3/3: cust attended 19 of 20 days, quiz average 88%, passed OSHA 10. Continue ITA.', 'email', 'provider'],
  ['Ranken instructor called 2/2: client at 100% attendance wks 1-4, quiz avg 91, OSHA 10 done. Continue training per IEP.', 'telephone', 'provider'],
  ['Supervisor (Mr. Hale, Midwest Tool OJT) returned my call 4/10: 160 hrs in March, passed the forklift test, rated satisfactory on all 8 skills. OJT continues per contract.', 'telephone', 'provider'],
  ['Crowder instructor (Ms. Pruitt) returned my call 3/24: customer has 95% attendance, 88 avg, ready for externship. Continue ITA.', 'telephone', 'provider'],
  ['School counselor at Central High e-mailed 3/9: student has a 3.1 GPA this term and 96% attendance. Continue youth services.', 'email', 'provider'],
  ['Three Rivers CDL instructor e-mailed 7/24 re: cust: wk 3 of 4, passed pre-trip and backing, 96 of 120 hrs. Continue OST per IEP.', 'email', 'provider'],
];

describe('Missouri: a provider who reports progress to us is a provider contact', () => {
  it.each(PROVIDER_REPORTS)('%s', (text, type, party) => {
    const v = verdict(text, 'mo-dwd-toolbox');
    expect(v.qualifies, v.reason?.message).toBe(true);
    expect(v.contactType).toBe(type);
    expect(v.party).toBe(party);
  });
});

describe('Minnesota: recorded, never the monthly contact', () => {
  it.each(PROVIDER_REPORTS)('%s', (text, _type, party) => {
    const v = verdict(text, 'mn-wf1');
    expect(v.qualifies, v.reason?.message).toBe(false);
    expect(v.party).toBe(party);
  });
});

describe('no provider contact that counts, in either pack', () => {
  it.each([
    'Left message for instructor 3/3 asking for attendance. Sign-in sheet shows 19 of 20 days, quiz avg 87%. Continue ITA.',
    'E-mailed instructor 3/3 asking for her attendance and grades. Continue ITA.',
    'Instructor will call me Friday with her grades; sign-in sheet shows 100% attendance, passed OSHA 10. Continue ITA.',
    'Cust says her instructor called her 3/3: she has 95% attendance and an 88 average. Continue ITA.',
    'Instructor did not return my call 3/3. Attendance sheet shows 19 of 20 days, quiz avg 87%. Continue ITA.',
    'Instructor called 3/3 re: the sign-in sheet. Continue ITA.',
    'Her aunt called 3/3, said she is doing fine.',
    "Called cust's mother 3/3: no answer, LVM. Roster shows 100% attendance, passed OSHA 10. Continue ITA.",
    'Instructor e-mailed cust 3/3 about the make-up quiz; roster shows 100% attendance and a 91 average. Continue ITA.',
    'Probation officer called 3/3: cust has 100% attendance at welding and passed the 1G test. Continue ITA.',
    "Instructor's e-mail to the class 3/3 lists the final exam date; cust has 95% attendance, 88 avg. Continue ITA.",
    'Tyson HR called 3/3: she works 40 hrs/wk, passed the forklift test and got a raise to $18. Continue services.',
    'Midwest Tool payroll e-mailed the pay stubs 3/3: 160 hrs in March, passed the forklift test. Continue OJT.',
  ])('%s', (text) => {
    for (const pack of ['mo-dwd-toolbox', 'mn-wf1'] as const) expect(verdict(text, pack).qualifies, pack).toBe(false);
  });
});
