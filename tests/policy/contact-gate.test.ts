/**
 * The participant gate (lib/policy/contact-gate.ts): a contact with the participant counts only when one event
 * shows it two-way, with the participant as the other party and nobody else it could have been with. Each row is
 * a note written for this table (no corpus note), what the policy asks for, and, when the gate refuses, which
 * piece the reason names. A wrong "counts" silently moves a due date; a wrong "does not count" is a warning the
 * case manager can fix by saying whom they reached.
 */
import { describe, expect, it } from 'vitest';
import type { ContactType } from '../../lib/model';
import { PACKS, type PackId } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const verdict = (text: string, contactType: ContactType | null = null, pack: PackId = 'mo-dwd-toolbox') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

type Missing = 'participant' | 'someone-else' | 'sender';
/** Notes the gate must stop, with the missing piece its reason names. */
const DOES_NOT_COUNT: Array<[string, Missing, ContactType | null]> = [
  // A letter or e-mail "from" an organisation is not the participant's reply (a company the gate knows by name is named as someone else).
  ['Received letter from Ameren Missouri 4/2: account is current and service was restored.', 'someone-else', 'letter'],
  ['Letter from Acme Staffing 5/2: Maria started on the line at $15/hr, 40 hrs/wk.', 'sender', 'letter'],
  ['E-mail from Sanford Health 3/3: customer completed orientation and starts on the floor 3/10.', 'sender', 'email'],
  // The participant's message to someone else is theirs, not an exchange with us.
  ['Participant e-mailed her instructor 4/3 asking about the retake date for the skills test.', 'someone-else', 'email'],
  ['Customer texted her caseworker 2/2 that she passed the GED math test.', 'someone-else', 'email'],
  // Talk that names nobody in a note that also tells a try, or names someone else acting, is not shown to be with the participant.
  ['Called 3/2, no answer. TC 3/4. Discussed classes and attendance; passing all courses, 95% attendance.', 'participant', null],
  // Nobody named, but the contact's sentence names a place or person the words do not know, or the contact is written.
  // (An office whose name ends in an organisation's word is whom the call went to: someone else.)
  ['Called the County Veterans Service Office 3/4, discussed the DD-214 request; copy will be mailed.', 'someone-else', null],
  ['Called 3/4. Roommate answered; we discussed the job fair and her classes.', 'someone-else', 'telephone'],
  // Someone else tells it: the participant's visit is inside their message, or their own meeting with someone else.
  ['GED instructor e-mailed 10/2 to say the customer came to her office asking about evening classes.', 'someone-else', null],
  ['Customer met with her county caseworker 6/3 to renew benefits (per county e-mail to CM 6/4). Renewal approved.', 'someone-else', null],
  // The participant only in someone else's words at a visit: nobody is shown talking with them.
  ["Home visit 9/9 at client's supported living apartment. Staff said client went to his sister's for the weekend. Left my card.", 'participant', null],
];

/** Notes that show the participant, two-way: they count. */
const COUNTS: Array<[string, ContactType | null]> = [
  // A call back after our message is a contact, however it is worded.
  ['Customer called me back after my LM yesterday, we discussed her job search and two interviews next week.', null],
  ['Cust called me back after my LM on 3/2; we discussed her classes, she passed the midterm.', null],
  // Someone else answered, then the participant came to the phone.
  ['Called participant 4/3. Her child answered, then Maria got on the phone and we discussed her welding classes; she is passing.', null],
  ['Called client. Her son answered, then client got on the phone and we discussed her CNA classes, she passed the skills test.', null],
  // Named, or a name, bound to the contact; whoever they talk about later does not take it from them.
  ['TC w/ client 5/1. Client says her instructor told her she failed the practical and must retest 5/8.', null],
  ['Phone call with Renee 5/14. She passed the PTCB exam; her externship supervisor says she is the most accurate on the shift.', null],
  ['Met with the participant and her mother at the high school 1/28. She has been at school every day and recovered one credit.', null],
  ['Worksite visit 6/20. Met w/ client and her WEX supervisor. Client has worked 112 hrs; supervisor reports good attendance.', null],
  ['OV w/ cust, he is attending classes and finished 2 modules, instructor says he is on track. Continue ITA.', null],
  // A reply from the participant: named, a pronoun, or someone who writes about themself.
  ['E-mail from client 11/3: she passed her CNA exam and starts at Mercy 12/1.', 'email'],
  ['E-mail from Maria: I passed my skills check, 92% attendance.', 'email'],
  ['Client texted 9/9: "school says no answer on my appeal yet, still going to class every day."', null],
  // A contact on the participant's record that names nobody at all, in a note with no one else, no try and no report in it.
  ['TC 3/4. Discussed classes and attendance; passing all courses, 95% attendance.', null],
  ['Monthly contact 3/15 by phone. No change in hours at the plant.', null],
  ['• OV ✓ 5/2 • still at the bakery • 28 hrs • wants more hrs', null],
  // A pronoun with no one else around it.
  ['Called cust 3/4. She reports she is working 30 hrs at Tyson and passed her forklift test.', null],
];

describe('the participant gate stops a contact it cannot pin on the participant', () => {
  it.each(DOES_NOT_COUNT)('%s', (text, missing, type) => {
    const v = verdict(text, type);
    expect(v.qualifies).toBe(false);
    expect(v.reason?.message).toMatch(/^This note does not show that you reached the participant/);
    expect(v.reason?.missing).toBe(missing);
  });
});

describe('the participant gate lets a contact with the participant count', () => {
  it.each(COUNTS)('%s', (text, type) => {
    const v = verdict(text, type);
    expect(v.qualifies).toBe(true);
    expect(v.reason?.missing).toBeUndefined();
  });
});

describe('a form that only claims a contact', () => {
  it('does not count when someone else is who told the results, or the contact is still needed', () => {
    const text = "B: Client's probation agent called 10/2.\nI: Agent asked for her class schedule.\nR: Agent said client is attending ABE 4 mornings a week.\nP: Monthly contact with client still needed.";
    expect(verdict(text, 'telephone', 'mn-wf1').qualifies).toBe(false);
  });
});

describe('what the reason says when the gate refuses', () => {
  it('names the someone else the exchange may have been with, and points at the exchange', () => {
    const text = 'Called 3/4. Roommate answered; we discussed the job fair and her classes.';
    const r = verdict(text, 'telephone').reason;
    expect(r?.message).toContain('"Roommate" is someone else');
    expect(text.slice(r?.start, r?.end)).toBe('we discussed');
  });
  it('asks for whom the contact was with when nobody is named', () => {
    expect(verdict('Called 3/2, no answer. TC 3/4. Discussed classes and attendance; passing all courses, 95% attendance.').reason?.message).toContain('does not say that it was with the participant');
  });
  it('leaves a provider contact with substantive progress to the pack (Missouri counts it)', () => {
    const v = verdict('TC w/ instructor 3/4: cust attending 96%, passed block 2 exam with 88%. Continue ITA per IEP.');
    expect(v.party).toBe('provider');
    expect(v.qualifies).toBe(true);
  });
});
