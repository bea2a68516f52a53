/**
 * Notes that must not count as a contact, read from who acted, which way, and what came of it
 * rather than from the words a contact usually comes with. Each was written for this test from a
 * class of wording, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const MO = PACKS['mo-dwd-toolbox'];
const MN = PACKS['mn-wf1'];
const verdict = (text: string, pack = MO) => checkNote({ text }, { pack, today: '2025-06-01' });
const rules = (text: string, pack = MO) => verdict(text, pack).findings.map((f) => f.rule);

describe('whoever answered for the participant keeps speaking', () => {
  it.each([
    'Called cust 5/15, her husband answered. He said she started a job at the plant 5/12 and is working 40 hrs but he does not know the pay.',
    'TC 6/2; his mother picked up. She says he is attending classes and passed the midterm. Asked her to have him call.',
  ])('a pronoun after someone else answered is that someone, not the participant: %s', (text) => {
    // (Minnesota records an alternate contact but never counts it; Missouri would weigh what she knows.)
    const v = verdict(text, MN);
    expect(v.qualifies).toBe(false);
    expect(v.party).toBe('alternate');
    expect(v.contactType).toBe('telephone');
  });

  it('a trip the participant took is not a visit with us, whatever the relative thinks', () => {
    const v = verdict('Called customer 12/29; his wife answered. Customer went to Texas for the harvest and will be back 1/12, she thinks.');
    expect(v.qualifies).toBe(false);
    expect(v.party).not.toBe('participant');
  });
});

describe('requests and plans written after the contact they name', () => {
  it.each([
    ['txt cust, no resp. TC next wk.', 'email'],
    ['TC - cust wife answered, cust @ work. asked cb.', 'telephone'],
    ['LM for cust 4/2, requested a call back by Friday.', 'telephone'],
  ])('%s → no contact', (text, type) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.contactType).toBe(type);
  });

  it('"ns" is a no-show', () => {
    const text = 'appt 6/10 2pm w cust - ns';
    expect(verdict(text)).toMatchObject({ qualifies: false, contactType: 'in-person' });
    expect(rules(text)).toContain('unsuccessful-attempt');
    expect(rules(text)).not.toContain('contact-type-missing');
  });
});

describe('headings, labels and routines', () => {
  it('a heading that names a visit stands for the visit the note tells', () => {
    const text = 'Late entry - 5/6 home visit. Drove to client home for the scheduled HV at 3 pm. No one answered; left card in door.';
    expect(verdict(text, MN).qualifies).toBe(false);
    expect(rules(text, MN)).toContain('unsuccessful-attempt');
  });

  it('a program named in a heading is not a reply', () => {
    expect(verdict('Rapid Response: CM called customer 6/20 re: the plant closure. Phone rang and rang.').qualifies).toBe(false);
    expect(verdict('Youth - Text - 3/18: Texted youth re: WEX hours. Youth replied: 18 hrs this wk at the library, likes it.', MN).qualifies).toBe(true);
  });

  it('"as agreed" refers to an earlier agreement, nobody speaking now', () => {
    const text = 'Drove to the plant 9/22 to meet customer as agreed. Did not see customer.';
    expect(verdict(text).qualifies).toBe(false);
    expect(rules(text)).toContain('unsuccessful-attempt');
  });

  it('a roster someone sends to everyone is not a contact', () => {
    const text = 'LM for cust 4/2. The attendance roster the school e-mails to all case managers each Friday shows she attended every day; ITA continues.';
    expect(verdict(text).qualifies).toBe(false);
  });

  it('"spoke with cust by phone, she attends every day" is still a call', () => {
    expect(verdict('spoke with cust by phone, she is attending classes every day, gpa 3.2. cont services. next tc 5/1').contactType).toBe('telephone');
  });
});

describe('a form whose contact-type label the body does not bear out', () => {
  it.each([
    'Program: WIOA Adult | Activity: Case Management | Contact Type: In Person\nClient address updated to 512 3rd St NE. Phone 218-555-0173.',
    'Case Note Subject: Monthly Contact\nContact Method: In Person\nNote: Scheduled OV 9/15. Client called the front desk to cancel; receptionist took a message. Not rescheduled yet.',
  ])('does not count: %s', (text) => {
    expect(verdict(text, MN).qualifies).toBe(false);
  });

  it('a form that does not say with whom takes the body\'s contact, a provider\'s too', () => {
    const text = 'Case Note Subject: Contact - Training Provider\nContact Method: Telephone\nNote: Spoke with the welding instructor 4/9. Client has completed 3 of 5 plate tests, on track for May graduation.';
    expect(verdict(text, MN)).toMatchObject({ qualifies: false, party: 'provider', contactType: 'telephone' });
  });

  it('still counts a form that shows what the contact brought', () => {
    expect(verdict('Contact Type: Phone\nContact With: Client\nResults: No change.\nNext Contact: 5/1').qualifies).toBe(true);
  });
});

describe('a pasted chat that only arranges the next contact', () => {
  it('is not itself the contact', () => {
    const text = 'Teams chat copied 4/14:\nClient: hey can we move my appt?\nCounselor: sure, how about 4/21 at 10?\nClient: ok';
    expect(verdict(text, MN).qualifies).toBe(false);
  });

  it('one with news is', () => {
    const text = 'Teams chat copied 4/14:\nCounselor: how did the CNA exam go?\nClient: I passed! starting at the care center Monday, 32 hrs';
    expect(verdict(text, MN).qualifies).toBe(true);
  });
});
