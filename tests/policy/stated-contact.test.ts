/**
 * The second key to "qualifies" (lib/policy/stated-contact.ts): a note counts only when the writer states a
 * two-way contact with the participant, and the event reader agrees on the same sentences. Our own phrasings, not
 * corpus notes: the common registers a case manager writes must still count; everything that only looks like a
 * contact must not, and says what is missing so the sidebar can ask.
 */
import { describe, expect, it } from 'vitest';
import type { PackId } from '../../lib/packs';
import { PACKS } from '../../lib/packs';
import { statedContacts } from '../../lib/policy/stated-contact';
import { checkNote } from '../../lib/rules';
import { tokenize } from '../../lib/text/tokenize';

const verdict = (text: string, pack: PackId = 'mo-dwd-toolbox', contactType: 'telephone' | 'in-person' | null = null) =>
  checkNote({ text, contactType, hasDateField: true }, { pack: PACKS[pack], today: '2026-12-01' });

describe("a contact stated in the writer's words counts", () => {
  it.each([
    // First person.
    'I met with the participant at the job center 11/20; she passed her CNA skills test. Continue ITA.',
    'I spoke with the customer by phone 11/20. He started at Tyson on 11/15, 40 hrs/wk. Continue follow-up.',
    'We talked on the phone 11/20 about her classes: attending every day, 92% average. Continue ITA.',
    'This writer met with client in person on 11/20. Client reports 3 applications and an interview at Menards on 11/24. Continue job search.',
    'CM spoke to cust by phone 11/20, cust passed the CDL permit test. Cont ITA.',
    // The subject-less case-note register.
    'Met w/ cust 11/20, reviewed grades: A, B, B+. Cont ITA per IEP.',
    'TC w/ client 11/20 - attending welding at NWTC, passed 2G bend test. Continue ITA.',
    'Spoke to participant by phone 11/20; she completed 64 WEX hours in November. Continue WEX.',
    'OV w/ P 11/20, P brought timesheets, 40 hrs at Goodwill. Cont WEX.',
    'tc w/ ptcp 11/20 cust stated attnding cna clss evry day pasd skills chk. cont ita',
    'Phone call with Renee 11/20: passed her Accounting II midterm with a B. Continue ITA.',
    'Called customer 11/20. She reports she is working 32 hrs/wk at the WEX site. Continue WEX.',
    'Called cust 11/20 and discussed her job search: 4 applications, 1 interview. Continue services.',
    'Had a video call with the participant on Zoom 11/20; he finished module 7 of 10. Continue ITA.',
    // The participant toward us.
    'Cust called CM 11/20: she passed the state boards. Continue follow-up.',
    'Called cust 11/18, no answer, LM. Cust returned my call 11/19 and reports attending all classes. Cont ITA.',
    'Client came in 11/20 with her grade report: A, A, B. Continue ITA.',
    'E-mailed client 11/18 for her monthly update. Client replied 11/19: passed her pharmacology final, 88%. Continue ITA.',
  ])('%s', (text) => {
    const v = verdict(text);
    expect(v.qualifies, v.reason?.message).toBe(true);
  });
});

describe("the sidebar's one-click answer makes a note count", () => {
  // What the sidebar inserts when the case manager answers "Did you reach them?".
  const SENTENCES = [
    'Contact: spoke with the participant by phone on 12/01/2026.',
    'Contact: met with the participant in person on 12/01/2026.',
    'Contact: spoke with Maria Lopez by phone on 12/01/2026.',
    'Contact: met with Jose in person on 12/01/2026.',
  ];
  const UNSTATED = 'Monthly contact. Results: attending CNA class 4 days a week, 92% average, passed the skills check. Continue ITA per IEP.';

  it('asks first: the note does not say that you reached the participant', () => {
    const v = verdict(UNSTATED, 'mo-dwd-toolbox', 'telephone');
    expect(v.qualifies).toBe(false);
    expect(v.reason?.missing).toBe('statement');
    expect(v.reason?.message).toMatch(/^This note does not (say|show) that you reached the participant/);
  });

  it.each(SENTENCES)('counts once "%s" is added', (sentence) => {
    for (const [text, field] of [
      [`${UNSTATED}\n${sentence}`, 'telephone'],
      [`${sentence}\n${UNSTATED}`, 'in-person'],
    ] as const) {
      const v = verdict(text, 'mo-dwd-toolbox', field);
      expect(v.qualifies, `${text}: ${v.reason?.message}`).toBe(true);
    }
  });
});

describe('what only looks like a contact does not count', () => {
  it.each([
    // Reported speech: someone else's contact.
    ['Client reports she met her advisor on 11/18 and is on track to graduate.', 'mn-wf1'],
    ['Cust said she called the school twice and talked to financial aid.', 'mo-dwd-toolbox'],
    // Third parties talking among themselves.
    ['Instructor met with client on 11/18; client passed the midterm.', 'mn-wf1'],
    ['Shelter staff spoke with participant about her job search; she has 2 interviews.', 'mn-wf1'],
    // A passive that does not say who, a claim, a generic verb.
    ['Contact was made 11/20. Progress is good.', 'mn-wf1'],
    ['Worked with client on her resume and job search.', 'mn-wf1'],
    ['Assisted customer with the FAFSA.', 'mo-dwd-toolbox'],
    // Plans, conditionals, questions, negations.
    ['Will meet with the participant on 12/5 to review grades.', 'mn-wf1'],
    ['Plan: TC w/ cust 12/5 to discuss classes.', 'mo-dwd-toolbox'],
    ['If client calls back, CM will review her timesheets.', 'mn-wf1'],
    ['Spoke with customer? Number disconnected.', 'mo-dwd-toolbox'],
    ['Did not speak with the participant this month; phone disconnected.', 'mn-wf1'],
    ['Unable to meet with client 11/20, she cancelled.', 'mn-wf1'],
    // Forms and templates with blanks.
    ['TC w/ [participant name] on [date]. Discussed [progress].', 'mo-dwd-toolbox'],
    // Attempts taken back, one-way messages.
    ['TC w/ cust 11/20 - NA, LM.', 'mo-dwd-toolbox'],
    ['Called client 11/20, left a voicemail asking her to call back.', 'mn-wf1'],
    ['Texted customer 11/20 about her timesheet.', 'mo-dwd-toolbox'],
  ] as const)('%s', (text, pack) => {
    expect(verdict(text, pack).qualifies).toBe(false);
  });

  it('says what is missing when a contact was read but not stated', () => {
    // The participant gate or the stated-contact key refuses; either way the sidebar gets a question to ask.
    for (const text of ['Called 3/2, no answer. TC 3/4. Discussed classes.', 'Called cust re: classes.']) {
      const v = verdict(text, 'mn-wf1');
      expect(v.qualifies).toBe(false);
      expect(v.reason?.missing, text).toBeDefined();
    }
  });
});

describe('the recogniser on its own', () => {
  const read = (text: string, typed = false) => statedContacts(text, tokenize(text), typed).map((s) => s.counterpart);

  it('names whom a stated contact was with', () => {
    expect(read('Met with client.')).toContain('participant');
    expect(read('Met with Maria.')).toContain('participant');
    expect(read("Met with client's mother.")).toEqual(['someone']);
    expect(read('TC w/ instructor at Ranken.')).toEqual(['someone']);
    expect(read('Spoke with Jen (manager, Cenex).')).toEqual(['someone']);
  });

  it('reads a typed form: the participant telling counts only with the contact type given', () => {
    expect(read('Client reports she is attending.')).toEqual([]);
    expect(read('Client reports she is attending.', true)).toEqual(['participant']);
    expect(read('Contact Type: Phone\nResults: Client reports she is attending.')).toContain('participant');
  });

  it('reads nothing in quotation marks, a question or a plan', () => {
    // (The participant texting us is a statement of its own; their quoted "I" is not the writer.)
    const quoted = 'Client texted: "I met with my advisor"';
    expect(statedContacts(quoted, tokenize(quoted), false).map((s) => quoted.slice(s.start, s.end))).toEqual(['Client texted']);
    expect(read('Met with client?')).toEqual([]);
    expect(read('Next steps: meet with client 12/5.')).toEqual([]);
  });
});
