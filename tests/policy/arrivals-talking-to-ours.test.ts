/**
 * Beside tests/policy/review-arrivals-talking-to-others.test.ts: she came in or called and the note names whom she
 * talked with, and it was us (the writer, her case manager or counselor, "me"), or us after someone else, or she
 * herself: these still count. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('she came in or called and talked with us', () => {
  counts([
    ['Client came in 3/4 and spoke with me about her CNA class; she passed module 2.', 'in-person'],
    ['Client came in 3/4 and talked with her case manager: attending daily, 95%.', 'in-person'],
    ['Client came in 3/4 and met with CM: started at Hy-Vee 3/2, 30 hrs/wk.', 'in-person'],
    ['Client came in 3/4 and spoke with the security guard, then met with me: she passed the forklift test.', 'in-person'],
    ['Client came in 3/4; we talked 20 min: she passed the CNA exam.', 'in-person'],
    ['Client came in 3/4 and talked to me and her mother about the CNA class; she passed module 2.', 'in-person'],
    ['Client came in 3/4 and spoke with her WIOA counselor about the CNA class: she passed module 2.', 'in-person'],
    ['Client came in 3/12 to use the resource room computers; talked w/ her there. She left Cenex in Feb, now at Holiday 30 hrs/wk.', 'in-person'],
    ['Client called 3/4 and spoke with me: started at Hy-Vee, 30 hrs/wk.', 'telephone'],
    ['Client called 3/4: she passed the CNA exam and starts at Mercy 3/10.', 'telephone'],
    ['Client called the call center 3/4 and was put through to me; we talked about her CNA exam, she passed.', 'telephone'],
  ]);
});
