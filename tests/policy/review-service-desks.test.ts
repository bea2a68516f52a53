/**
 * Review near-misses: an office or desk whose name begins with a participant word ('Client Services', 'Customer Service',
 * 'Participant Services', 'client relations', a 'customer service rep', 'our business client' for an employer) is
 * that office, not the participant. A talk with it is no contact with her, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a talk with an office named for its clients or customers', () => {
  doesNotCount([
    'Spoke with Client Services at Ranken 3/4 about her enrollment; she is registered for 12 credits.',
    'Called Customer Service at Ameren 3/4, spoke with a rep about her past-due bill.',
    'Spoke with customer care at Spectrum by phone 3/4 about her internet for online class.',
    'Met with Participant Services at Job Corps 3/4 re: her start date.',
    'Spoke with client relations at Goodwill 3/4 by phone.',
    'Phoned the customer service line at MoDOT 3/4 and spoke with Tina about her CDL permit.',
    "Spoke with a customer service rep at the DMV by phone 3/4 re: client's license reinstatement.",
    'Spoke with our business client (Tyson HR) by phone 3/4 about hiring her.',
  ]);
});
