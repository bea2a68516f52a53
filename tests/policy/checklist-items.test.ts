/**
 * Checklist notes: each ticked item ("[x]", "✅", "✓", "☑") is a statement of its own, so the writer's contact in it
 * reads as it would on a line of its own ("11/27 [x] Kim came by the office [x] she passed …"). An empty box ("[ ]",
 * "☐") is a thing still to do: a contact after it is not stated as made. Tries, one-way messages and someone else's
 * contact in ticked items stay what they are. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a ticked item is a statement of its own', () => {
  counts([
    ['11/27 [x] Kim came by the office [x] she passed CompTIA A+ Core 1 (680) [x] cont ITA per IEP', 'in-person'],
    ['10/30 ✅ emailed Jenna re: Oct contact ✅ Jenna replied 10/31: "3 of 4 classes, dropped Stats, still full time" ✅ ISS ok', 'email'],
    ['11/16 ✅ TC w/ Jenna ✅ classes fine, finals 12/10 ✅ Hy-Vee 25 hrs ✅ ISS ok', 'telephone'],
  ]);
  doesNotCount([
    '11/27 [ ] Kim came by the office [ ] she passed the test',
    '12/9 [ ] TC w/ Jenna re: finals',
    '12/9 ☐ TC w/ Jenna re: finals',
    '11/9 [x] called Devon [x] no answer [x] left VM',
    '11/9 ✅ texted Jenna re: Oct contact ✅ waiting for reply',
    "11/9 ✅ TC w/ Jenna's probation officer ✅ Jenna is attending class",
  ]);
});
