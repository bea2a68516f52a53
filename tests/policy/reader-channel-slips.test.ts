/**
 * Two words the reader took for the wrong channel (real contacts the reader used to miss): a knock at a door is
 * a visit, so a knock nobody answered is an attempt in person, not a telephone attempt; a "cover letter" is a
 * document the participant wrote, so reviewing one names no channel at all, not a letter sent. Written from the
 * policies' types (in person, telephone, letter, e-mail) before changing the reader. Our own sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, inEachPack, typed } from './both-packs';

describe('a knock at a door is a visit', () => {
  typed([
    ['Knocked at the trailer, no answer.', 'in-person'],
    ['Knocked on her door 3/4 at 10:15, no answer. Left card.', 'in-person'],
    ['3/4 knocked at apt 2B - nobody answered.', 'in-person'],
  ]);
  doesNotCount(['Knocked at the trailer, no answer.', 'Knocked on her door 3/4 at 10:15, no answer. Left card.']);
  counts([
    ["Went to the trailer 3/4 and knocked; client came out and we talked 15 min about work. She started at Casey's 3/1, 25 hrs/wk.", 'in-person'],
  ]);
  // A call nobody answered is still a call.
  typed([['Called cust 3/4, no answer.', 'telephone']]);
});

describe('a cover letter is a document, not a letter sent', () => {
  it.each(["Reviewed client's cover letter.", 'Cover letter reviewed and saved to file 3/4.', "Edited cust's cover letters for the Hy-Vee and Casey's openings."])(
    '%s',
    (text) =>
      inEachPack(text, (v, pack) => {
        expect(v.qualifies, pack).toBe(false);
        expect(v.contactType, pack).toBeNull();
      }),
  );
  counts([["Client came in 3/4; we reviewed her cover letter and she applied at Hy-Vee the same day.", 'in-person']]);
  // A letter that went out is still a letter.
  typed([["Mailed client's cover letter back with my edits 3/4.", 'letter']]);
});
