/**
 * Entries carried forward from an earlier note (notes written for this table, not from any corpus split): the copied
 * text tells a contact an earlier note already counted, so it cannot make this note count; what the new entry says
 * decides. It counted as a contact ("*** Carried forward *** TC w/ customer … *** New *** Called, no answer").
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import { carriedForward } from '../../lib/text/history';

const verdict = (text: string) => checkNote({ text }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-11-25' });

describe('a contact carried forward does not count again', () => {
  it.each([
    '*** Carried forward from 9/10 note ***\nTC w/ cust 9/10. Cust reports she passed her CDL permit test. Continue ITA.\n*** New 10/12 ***\nCalled cust, no answer, left VM.',
    'Copied from 8/7 OV: Client brought in her grade report (3.1 GPA), continue ITA.\n10/2: 90-day letter mailed.',
    'Prior: TC w/ client 7/1, working 30 hrs at Casey\'s, passed 2G. Cont ITA.\nNew 8/12: texted client re: fall schedule.',
    'Previous: OV 7/15, client in the HVAC program at State Tech.\n8/20: see above, no change.',
    'No change from 5/6 note (see below). Reviewed file 6/6.\n\n5/6: In person with customer at the job center. Week 6 of 10, 91% average. Continue ITA.',
  ])('%s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });
});

describe('the new entry still counts', () => {
  it.each([
    '[carried forward] 10/1 called cust NA LM\n[carried forward] 10/3 called cust NA\n10/6 cust called CM back: passed the A&P midterm with an 81, attending all labs. Continue ITA.',
    'Prior entry (5/5): OV w/ client, on track.\nEntry 6/3: TC w/ client, she passed her 4G test and has 1 absence in May. Continue ITA per IEP.',
    'Prior to the call, reviewed the file.\nTC w/ cust 3/3: attending daily, passed unit 2 with 88%. Continue ITA.',
  ])('%s', (text) => {
    expect(verdict(text).qualifies).toBe(true);
  });
});

describe('which lines are carried forward', () => {
  it('runs from the marker to the line that starts the new entry', () => {
    const text = '--- Copied from 1/13 ---\nMonthly contact by phone. Client passed.\n--- 2/12 ---\nLeft VM.';
    const spans = carriedForward(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['--- Copied from 1/13 ---\nMonthly contact by phone. Client passed.']);
  });
  it('finds none in a note without copied text', () => {
    expect(carriedForward('TC w/ cust. Previously enrolled at the college; prior to that, worked retail.')).toEqual([]);
  });
});
