/**
 * The participant came for the contact but our side was not there to meet: the case manager in a staffing, gone for
 * the day, double-booked, with another customer. A contact named in the same sentence ("for the OV") is no meeting
 * then, wherever in the sentence the absence is told, unless we talked with the participant after all. Written
 * before the fix; the first four refused rows counted on the old code. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('our side was not there: no meeting', () => {
  doesNotCount([
    'Client arrived 3/4 for the OV; CM was in a staffing so it was pushed to next week.',
    'OV 3/4 - client arrived late, I had already left for the day. Rescheduled for 3/11.',
    'OV 3/4: client here on time, CM double-booked, asked client to come back 3/6.',
    'Client arrived 3/4 for her OV; I was stuck in a staffing, so she rebooked with the front desk for 3/9.',
    'OV 3/4: participant came in, but this writer was out sick; front desk gave her the packet.',
    'Office visit 3/4 - customer arrived on time; case manager was called away to a hearing.',
    'Client here 3/4 for her OV while I was with another customer; she could not wait.',
  ]);
});

describe('still counts: we met after all, or the absence is another day\'s', () => {
  counts([
    ['Client arrived 3/4 for the OV; CM was in a staffing but met with her after and she reports 20 hrs at Target.', 'in-person'],
    ['I was out sick 3/2. OV 3/4 with client: she passed her CNA skills check.', 'in-person'],
    ['Client came in 3/4 while CM was in a staffing; CM met with her after it, she has sent 3 applications.', 'in-person'],
  ]);
});
