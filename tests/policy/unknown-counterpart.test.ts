/**
 * Whom the writer called or wrote to, named by words the word lists do not know ("the port captain", "the
 * dispatcher"), is someone: a pronoun answering after it ("he said …") is them, not the participant. The phone's own
 * names ("the cell", "the number on file") and the message itself ("a birthday text to Maddie") are not a person, and
 * the participant named outright still answers. Written before the fix; each refused row counted on the old code.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('someone the lists do not know answered', () => {
  doesNotCount([
    'Called the port captain at Canal Barge 3/4; he said participant is on the boat and doing fine.',
    'Called the dispatcher 3/4; he says participant is working 12-hour watches.',
  ]);
});

describe('still counts: the phone, the message, or the participant named', () => {
  counts([
    ['Called the cell 3/4, she said she passed her CNA skills test.', 'telephone'],
    ['Called the number on file 3/4; client answered and said she passed her CNA skills test.', 'telephone'],
    ['Sent a birthday text to Maddie 3/4, she said thanks and that she passed her CNA skills test.', 'email'],
  ]);
});
