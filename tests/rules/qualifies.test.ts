/**
 * "Qualifies" by class of note that fooled the keyword reader: each row is
 * our own example of a pattern, with the verdict the policy asks for and what the
 * reason must say. A wrong `true` silently resets the due-date clock.
 */
import { describe, expect, it } from 'vitest';
import type { PackId } from '../../lib/packs';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

interface Row {
  text: string;
  qualifies: boolean;
  /** Part of the reason's sentence. */
  says?: RegExp;
  /** The words the reason points at. */
  at?: string;
  field?: 'telephone' | 'in-person';
  pack?: PackId;
}

const NOT_REACHED = /^This note does not show that you reached the participant/;

const CLASSES: Record<string, Row[]> = {
  'neutral sentences are no contact': [
    { text: 'Emailed customer asking for an update on job search. Address verified.', qualifies: false, says: /no reply is recorded/ },
    { text: 'Emailed customer asking for an update on job search. Phone 573-555-0142.', qualifies: false, says: /no reply is recorded/ },
    { text: 'Called cust re: FAFSA. File reviewed. Mailing address: 305 2nd Ave N, Crookston.', qualifies: false, says: NOT_REACHED },
    { text: 'TC with school. Cust still enrolled. 1420 W. Main St, Jefferson City, MO 65109.', qualifies: false },
  ],
  'a bare call, e-mail or drop-down is not evidence of a two-way exchange': [
    { text: 'Called cust re: classes.', qualifies: false, says: /does not say whether anyone answered/, at: 'Called' },
    { text: 'Reviewed progress: attending daily, grades B+, on track.', field: 'telephone', qualifies: false, says: NOT_REACHED },
    { text: 'Cust reports attending daily, passed block 2 exam with 85%. Continue ITA.', field: 'telephone', qualifies: true, says: /^Counts/ },
    { text: 'Called customer. He is working 32 hrs/wk at the WEX site. Continue WEX per IEP.', qualifies: true },
  ],
  'phone tag': [
    { text: 'Participant returned my call while I was out of the office; left a voicemail asking me to call back.', qualifies: false, says: NOT_REACHED },
    { text: 'Called home, left message with roommate to have cust call CM.', qualifies: false, says: /is an attempt/ },
    { text: 'Called participant, recording says not accepting calls at this time.', qualifies: false },
    { text: 'Called cust, a man answered and said I had the wrong number.', qualifies: false },
    { text: 'Called client 3/2; her son answered and said she was at clinicals. Asked him to have her call me.', qualifies: false },
    { text: 'Client called back while I was in a meeting, left vm. Called her back 6/3, no answer.', qualifies: false },
    { text: 'TC with client 7/17 - returned my 7/15 VM. Earned 6 credits, GPA 3.1. Reviewed ISS.', qualifies: true, pack: 'mn-wf1' },
    { text: 'Spoke with cust by phone after two weeks of voicemails. Attending all classes, grade B. Continue ITA.', qualifies: true },
  ],
  'no-shows and visits': [
    { text: 'Home visit 3/4, no one home. Left card on door.', qualifies: false, says: /is an attempt/ },
    { text: 'Cust no-show for 10am OV 4/3. Called, NA, LM to reschedule.', qualifies: false },
    { text: 'OV scheduled 7/2 to review grades.', qualifies: false, says: /planned/ },
    { text: 'Cust was not a no-show; she came in 3/5 and reported she passed her CNA exam. Continue ITA.', qualifies: true },
    {
      text: 'Worksite visit: met with participant and her supervisor at Goodwill. Participant working 20 hrs/wk, supervisor says she is doing well. WEX continues.',
      qualifies: true,
      pack: 'mn-wf1',
    },
  ],
  'texts, e-mails and video': [
    { text: 'Texted cust asking how classes are going.', qualifies: false, says: /the text went out/ },
    { text: 'Texts to cust 5/1, 5/8, 5/15 - all delivered, none answered.', qualifies: false },
    { text: 'Sent text reminder about OV 12/3.', qualifies: false, says: /the text went out/ },
    { text: 'Cust sent email asking about bus pass.', qualifies: false },
    { text: 'Text thread with cust 3/4: she says she passed her forklift test and starts job search Monday. Cont services.', qualifies: true, says: /replied to the text/ },
    { text: 'Zoom meeting with participant 3/4; she reports attending classes and passed module 2. Continue ITA.', qualifies: true, says: /video/ },
    { text: 'Google Meet 4/4 scheduled, client did not join.', qualifies: false, pack: 'mn-wf1' },
  ],
  'reported speech': [
    { text: 'TC w/ cust. Cust reports she called the school 3 times, no answer. Attending, grade B. Continue ITA.', qualifies: true },
    { text: 'TC w/ cust: "I called the testing center and they said no answer on my scores yet." Took the exam 2/20. Continue ITA.', qualifies: true },
    { text: "Client's roommate answered 8/20, said client told her the teacher never answers email. Left message for client.", qualifies: false, pack: 'mn-wf1' },
  ],
  'third parties': [
    { text: "Cust's mother called CM 4/2. She said she tried calling the school but no one answered. She did not know how cust is doing in class.", qualifies: false },
    { text: 'HR at Boeing confirmed by phone cust is employed since 2/1, 40 hrs/wk, $21/hr. Continue follow-up.', qualifies: true },
    { text: 'HR at Boeing confirmed by phone cust is employed since 2/1, 40 hrs/wk, $21/hr.', qualifies: false, pack: 'mn-wf1', says: /does not replace/ },
  ],
  'unfilled templates': [
    { text: 'TC w/ [participant name] on [date]. Discussed [progress].', qualifies: false, says: /template blank/, at: '[participant name]' },
    // A blank outside the contact's own line is a gap in the documentation, not in the contact.
    { text: 'Subject: CMC\nContact Type: In Person\nOutcome: Met w/ cust at job center, she passed her CNA skills test. Continue ITA.\nNext Steps: [next steps]', qualifies: true },
    { text: 'Contact Type: Phone\nResults: [results]\nISS Reviewed: [Y/N]', qualifies: false, pack: 'mn-wf1', says: /template blank/, at: '[results]' },
  ],
  'a contact the writer records with its results': [
    { text: 'Subject: Monthly contact\nNotes: Client working at Digi-Key 40 hrs/wk, $19/hr since 5/12, passed probation review.', field: 'telephone', pack: 'mn-wf1', qualifies: true, says: /took place/ },
    // A claim and results with no sentence saying the participant took part: not counted, the sidebar asks how they
    // were reached (lib/policy/stated-contact.ts). The same results told by the participant count (next row).
    { text: 'Monthly contact\n- Type: phone\n- Results: client in week 6 of Medical Coding, 94% avg, applied for her certification exam', pack: 'mn-wf1', qualifies: false, says: /does not say that you reached the participant/ },
    { text: 'Monthly contact\n- Type: phone\n- Results: client reports she is in week 6 of Medical Coding, 94% avg, applied for her certification exam', pack: 'mn-wf1', qualifies: true },
    { text: 'Monthly contact. Client working 40 hrs/wk.', pack: 'mn-wf1', qualifies: false, says: /how the contact was made/ },
    { text: 'Monthly contact. Called client, no answer. She was working 40 hrs/wk last month.', pack: 'mn-wf1', qualifies: false },
    { text: 'Monthly contact made.', field: 'telephone', pack: 'mn-wf1', qualifies: false },
  ],
};

describe('qualifies, by class of note', () => {
  for (const [name, rows] of Object.entries(CLASSES)) {
    describe(name, () => {
      it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, r) => {
        const v = checkNote({ text: r.text, contactType: r.field ?? null, hasDateField: true }, { pack: PACKS[r.pack ?? 'mo-dwd-toolbox'], today: '2025-06-01' });
        expect(v.qualifies).toBe(r.qualifies);
        expect(v.reason?.message.length ?? 0).toBeGreaterThan(20);
        expect(v.reason?.message.startsWith('Counts')).toBe(r.qualifies);
        if (r.says) expect(v.reason?.message).toMatch(r.says);
        if (r.at) expect(r.text.slice(v.reason?.start ?? 0, v.reason?.end ?? 0)).toBe(r.at);
      });
    });
  }
});

describe('the reason', () => {
  it('carries the date typed with the event, but never a date of birth', () => {
    const v = checkNote({ text: 'TC w/ cust 3/3/25, DOB 01/02/1980, attending, grade B. Continue ITA.' }, { pack: PACKS['mo-dwd-toolbox'], today: '2025-06-01' });
    expect(v.reason?.date).toBe('3/3/25');
    const w = checkNote({ text: 'TC w/ cust DOB 01/02/1980, attending, grade B. Continue ITA.' }, { pack: PACKS['mo-dwd-toolbox'], today: '2025-06-01' });
    expect(w.reason?.date).toBeUndefined();
    expect(JSON.stringify(w.reason)).not.toContain('1980');
  });

  it("never gives the contact the date of the next one ('FU 12/15', 'next appt 4/1')", () => {
    const at = (text: string) => checkNote({ text }, { pack: PACKS['mo-dwd-toolbox'], today: '2025-06-01' }).reason?.date;
    expect(at('TC w/ cust, discussed job search, 3 apps, continue services, FU 12/15')).toBeUndefined();
    expect(at('TC w/ cust 5/20, discussed job search, 3 apps, continue services, FU 6/15')).toBe('5/20');
    expect(at('Met with client, reviewed ISS, attending class, continue ITA; next appt 6/4.')).toBeUndefined();
    expect(at('Met with client on 5/28, reviewed ISS, attending class, continue ITA; follow up by 6/30.')).toBe('5/28');
  });
});
