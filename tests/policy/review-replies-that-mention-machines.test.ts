/**
 * Review: the participant's own reply, in her words after a colon and quotation marks, may mention a vacation, a full
 * mailbox, an auto-reply or say "this is not a problem": it is still her reply and counts in both packs.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('her own reply that mentions what an automatic answer would say', () => {
  counts([
    ['E-mailed client 3/4. Client replied 3/5: "Thanks! This is not a problem, I passed the CNA skills test and start clinicals Monday."', 'email'],
    ['Texted client 3/4. She replied: "I was on vacation last week, but I\'m back in class, 95% attendance."', 'email'],
    ['E-mailed client 3/4. Client replied 3/5: "Sorry, my phone says mailbox full, I cleared it. Passed my exam!"', 'email'],
    ['E-mailed client 3/4. Client replied 3/5: "I work in customer service now, so I had to set an auto-reply at work. Class is going great."', 'email'],
  ]);
});
