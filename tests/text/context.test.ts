/**
 * The contact at hand: what a sentence that names no channel takes from the note around it, and
 * the type a note gets when its only channel sits in a contact that did not connect. The examples
 * were written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const MO = PACKS['mo-dwd-toolbox'];
const MN = PACKS['mn-wf1'];
const verdict = (text: string, pack = MO) => checkNote({ text }, { pack, today: '2025-06-01' });
const rules = (text: string, pack = MO) => verdict(text, pack).findings.map((f) => f.rule);

describe('talk that names no channel goes on over the contact at hand', () => {
  it.each([
    ['Worksite visit 7/18 at Northern Pride. Client not working that day. Supervisor reports client has 150 OJT hrs and passed HACCP training.', MN],
    ['Site visit at the Goodwill store 5/2. Cust was off today. Then the store manager says she worked 64 hrs in April.', MN],
  ])('a site visit the participant missed is still in person: %s', (text, pack) => {
    const v = verdict(text, pack);
    expect(v.contactType).toBe('in-person');
    expect(v.party).toBe('provider');
    expect(rules(text, pack)).not.toContain('contact-type-missing');
  });

  it('talk after a call that failed did not happen on that call', () => {
    const v = verdict('Called cust 3/2, no answer, LM. Later that week the instructor said cust is attending and passed module 3. Continue ITA.');
    expect(v.qualifies).toBe(false);
  });

  it('a failure told as history does not stop the call that followed it', () => {
    const v = verdict('Telephone contact was made with the customer on 6/17, following an unsuccessful attempt on 6/16. The customer advised that she failed her CMT exam and will retest 7/1. Continuation of services is warranted.');
    expect(v.contactType).toBe('telephone');
    expect(v.qualifies).toBe(true);
  });

  it('what someone does not have is a fact, not a failed contact', () => {
    const text = "Called youth's mother 2/11 because youth has no working phone right now. Mom says youth is attending every day and passed her algebra final.";
    expect(verdict(text, MN)).toMatchObject({ contactType: 'telephone', party: 'alternate' });
    expect(rules(text, MN)).not.toContain('unsuccessful-attempt');
  });

  it('talk after a letter says nothing of how they talked', () => {
    const v = verdict('Letter mailed to cust 3/1 about the 90-day review. Per instructor, cust attending daily and passed the midterm. Continue ITA.');
    expect(v.qualifies).toBe(false);
  });
});

describe('the type of a note whose only channel sits in what was not answered', () => {
  it('silence about a letter is still about a letter', () => {
    const text = 'TAA benchmark review: participant has not responded to the benchmark letter mailed 7/1. TRA may stop if no response by 8/1.';
    expect(verdict(text).contactType).toBe('letter');
    expect(rules(text)).not.toContain('contact-type-missing');
  });
});

describe('the channel a form or a sentence leaves implied', () => {
  it("a form's contact method is how each contact in its body was made, a provider's too", () => {
    const text =
      'Case Note Subject: Case Management Contact - Training Provider\nContact Method: Telephone\nNote: Customer not available (at clinical site). Spoke with Linda Carver, CNA program coordinator, on 6/16. Customer has 64 of 75 clinical hours and passed all skills check-offs. Continue ITA per IEP.';
    expect(verdict(text)).toMatchObject({ qualifies: true, contactType: 'telephone', party: 'provider' });
  });

  it('"come to office" is a visit to us, in any grammar', () => {
    const text = 'Client come to office 3/25 for bus card. We talk about her job search, she apply 3 jobs.';
    expect(verdict(text, MN)).toMatchObject({ qualifies: true, contactType: 'in-person' });
  });

  it('a sentence closed inside a quotation ends there', () => {
    const text = 'Gas card request from client by email 2/10: "I need gas money for clinicals next week." CM e-mailed back 2/11 that the card is in the mail.';
    expect(verdict(text, MN)).toMatchObject({ qualifies: false, contactType: 'email' });
    expect(rules(text, MN)).toContain('response-pending');
  });

  it('"on neither occasion was the participant reached" is no contact', () => {
    const text = 'Telephonic contact was attempted with the participant on March 13 and March 17. On neither occasion was the participant reached.';
    expect(verdict(text, MN)).toMatchObject({ qualifies: false, contactType: 'telephone' });
    expect(rules(text, MN)).toContain('unsuccessful-attempt');
  });

  it('what an e-mail says happened every day is not a routine e-mail', () => {
    const text = 'NCTC Diesel instructor e-mailed 1/27 that client has attended every day since 1/13 and passed the shop safety test.';
    expect(verdict(text, MN)).toMatchObject({ contactType: 'email', party: 'provider' });
  });

  it('a Rapid Response list is a program, not a reply', () => {
    const text = 'Customer is on the Rapid Response interest list from the plant worker session (2/4). Mailed DW enrollment packet to customer 2/6.';
    expect(verdict(text)).toMatchObject({ qualifies: false, contactType: 'letter' });
    expect(rules(text)).toContain('response-pending');
  });
});
