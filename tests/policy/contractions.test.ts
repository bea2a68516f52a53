/**
 * A pronoun's contraction is the pronoun and its verb ("She's still at Essentia" is "she is still at Essentia"), not
 * a possessive: the participant's answer after a call reads the same contracted or not, and "she'll" is a plan.
 * Our own sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/text/tokenize';
import { counts, doesNotCount } from './both-packs';

describe('the tokenizer', () => {
  it("splits a pronoun's contraction into the pronoun and its verb, and keeps a name's possessive", () => {
    const t = tokenize("She's at work; they're fine, he'll call. Cust's mom");
    expect(t.map((x) => x.text)).toEqual(['she', 'is', 'at', 'work', 'they', 'are', 'fine', 'he', 'will', 'call', 'cust', 'mom']);
    expect(t[0]).toMatchObject({ start: 0, end: 3, possessive: false, capitalised: true });
    expect(t[1]).toMatchObject({ start: 3, end: 5 });
    expect(t[10]?.possessive).toBe(true);
  });
});

describe('the answer after a call, contracted', () => {
  counts([
    ["Phoned client 3/2. She's still at Essentia as a phlebotomist, 36 hrs/wk, got health insurance 2/1.", 'telephone'],
    ["Called cust 5/6. He's working 40 hrs at Tyson and passed his forklift test.", 'telephone'],
  ]);
});

describe("near-misses: a plan or a try, contracted, is no answer", () => {
  doesNotCount([
    "Called client 3/2, no answer. She'll call back tomorrow.",
    "Called cust 5/6, VM full. He's hard to reach.",
    "Will call client next week; she's starting at Essentia 3/9.",
  ]);
});
