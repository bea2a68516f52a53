/**
 * A contact named after words that prepare for it ("Questions for 3/20 OV:", "Prep for 3/20 OV: …") is still to
 * come, not one that took place; "Late entry for 3/4 TC w/ cust: …" is the contact itself. Written before the fix;
 * each refused row counted on the old code. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a contact prepared for', () => {
  doesNotCount(['Questions for 3/20 OV:\n- Did you pass the CNA skills lab?\n- Do you still need a gas card?', 'Prep for 3/20 OV: client to bring transcript.']);
});

describe('still counts: a late entry for the contact itself', () => {
  counts([['Late entry for 3/4 TC w/ cust: she passed her CNA skills test.', 'telephone']]);
});
