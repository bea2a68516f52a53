/**
 * A staffing or case conference is a meeting: it is a contact with the participant when they are there and tell
 * something, in person unless the note says otherwise. Staff talking among themselves, another agency's worker
 * reporting what the participant told them, a staffing the writer missed, or the minutes someone else wrote are not
 * the writer's contact with the participant. Our own sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { inEachPack, verdict } from './both-packs';

describe('a staffing the participant attended and spoke at counts', () => {
  it.each([
    ['Staffing 11/12 at the job center: cust, CM and the adult ed teacher. Cust said she passed the HiSET reading test 11/5 and has math left. Continue adult ed per IEP.', 'in-person'],
    ['Joint staffing 11/13 with client, her FWW and CM. Client reports she started at Menards 11/10, 24 hrs/wk. ES plan updated.', 'in-person'],
    ['Case conference 11/14 with participant and his VR counselor. Participant stated he finished the forklift course and has an interview at Sysco 11/20. Continue job search.', 'in-person'],
    ['Team staffing 11/17 by Zoom video with cust and the FSD worker. Cust reported she passed her CNA skills check 11/15. Continue ITA.', 'telephone'],
  ])('%s', (text, type) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(true);
      expect(v.contactType, pack).toBe(type);
    });
  });
});

describe('near-misses: a staffing without the participant speaking to the writer does not count', () => {
  it.each([
    'Staffed case with supervisor 11/12; agreed to extend the ITA through spring term.',
    'Staffing 11/13: FWW reports client told her on 11/12 that she got hired at Walmart, starts 11/24. Will verify with client.',
    'CM unable to attend the 11/14 staffing. Per staffing minutes: cust met w/ DVR counselor 11/13 and reported she is attending classes 3x/wk.',
    'Staffing 11/17 with the FSD worker and the instructor; client did not attend. Next staffing 12/15.',
    'Staffing set for 11/20 with client and her FWW.',
  ])('%s', (text) => {
    // (Missouri counts a provider's substantive report; none of these is one.)
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(false);
    });
  });
});

describe('a temp staffing agency is an employer-side provider, not a staffing meeting or the participant', () => {
  it('a call to "Express Staffing" where a recruiter spoke is a telephone contact with a provider', () => {
    const text = 'Called Express Staffing 11/3, spoke with recruiter Jo: cust started 11/1 at $15/hr.';
    inEachPack(text, (v, pack) => {
      expect(v.party, pack).toBe('provider');
      expect(v.contactType, pack).toBe('telephone');
    });
    // Minnesota counts contacts with the participant only.
    expect(verdict(text, 'mn-wf1').qualifies).toBe(false);
  });
  it('registering with a staffing agency is no contact', () => {
    inEachPack('Cust registered with a staffing agency 11/2.', (v, pack) => expect(v.qualifies, pack).toBe(false));
  });
});
