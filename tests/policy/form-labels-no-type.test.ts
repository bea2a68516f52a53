/**
 * A form's labels never give a type or a contact the note does not state. An
 * empty "Contact Method:" or "Contact Type: ____" gives none. A type line that still lists the template's choices
 * ("Phone / In Person / Email", "In Person or Phone", "(select one)") is the template's, not the case manager's: the
 * note has a blank to fill and does not count (it counted, typed by the first choice). Written from the policies (a
 * contact type is the case manager's statement of how the contact was made) before changing the reader. A form line
 * with its value chosen still names the type. Our own sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, inEachPack } from './both-packs';

const BODY = '\nClient reports she started at Hy-Vee, 30 hrs.';

describe("a template's empty labels and blanks name no type", () => {
  it.each([
    `Contact Method:${BODY}`,
    `Contact Type: ________${BODY}`,
    `Contact Type: [Phone / In Person]${BODY}`,
    `Monthly Contact Template\nContact Method:\nResults: client reports she started at Hy-Vee, 30 hrs.`,
  ])('%s', (text) =>
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
      expect(v.contactType, pack).toBeNull();
    }),
  );
});

describe("a type line still listing the template's choices is a blank to fill", () => {
  doesNotCount([
    `Contact Method: Phone / In Person / Email${BODY}`,
    `Contact Method: (select one) Phone / In Person / Email${BODY}`,
    `Contact Type: In Person or Phone${BODY}`,
    `Contact Method: (select one)${BODY}`,
  ]);
});

describe('a value chosen, a heading that is no template', () => {
  counts([
    [`Contact Method: Telephone${BODY}`, 'telephone'],
    [`Case Note - Telephone Contact${BODY}`, 'telephone'],
    [`Contact Type: Phone (client called in)${BODY}`, 'telephone'],
  ]);
});
