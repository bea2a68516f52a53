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
