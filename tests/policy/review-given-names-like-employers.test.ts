/**
 * Review: a participant may be called Tyson or Mercy. A call with 'Tyson' or 'Mercy' whose news is in the first
 * person's pronouns and names no employer's business ('he started at Casey's') is a call with that person, and counts
 * in both packs, as a call with 'Maria' does.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('a given name that is also an employer', () => {
  counts([
    ["Phone call with Mercy 3/4: she passed the CNA exam and starts at Casey's Monday, 30 hrs.", 'telephone'],
    ["TC w/ Tyson 3/4: he started at Casey's, 30 hrs/wk.", 'telephone'],
  ]);
});
