/**
 * A person the vocabulary does not know, called or written to and introduced by the organisation they answer for
 * ("Phone call w/ Kayla at Bright Futures Daycare", "TC with Marisol from Labor Pros"), is that organisation's staff,
 * not the participant: what they pass on is not a contact with the participant, and the participant gate never binds
 * it (nor is it read as a provider contact: nothing says which kind of organisation it is, so it does not count). Near-misses that must still count: the
 * participant named plainly ("Phone call with Renee"), called at a place in lower case ("at work"), or met in
 * person somewhere ("at the library"). Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("someone's staff, named with their organisation", () => {
  doesNotCount([
    'Phone call w/ Kayla at Bright Futures Daycare 11/2: kids enrolled, cust starts CNA class Monday.',
    'TC with Marisol from Labor Pros 11/3: cust worked 36 hrs last week on the warehouse assignment, no attendance issues.',
    'Called Tom at Midwest Foods 11/5; he said cust passed her 90-day probation and is now at $16/hr.',
  ]);
});

describe('near-misses that still count', () => {
  counts([
    ['Phone call with Renee 11/2: she is attending welding 4 days a week and passed the first module.', 'telephone'],
    ['TC w/ Renee at work on her break 11/3, she reports 40 hrs/wk at the plant and likes the job.', 'telephone'],
    ['Met with Renee at the Bemidji library 11/4; she showed me her grades, B+ average, on track to finish in May.', 'in-person'],
  ]);
});
