/**
 * A tally or a list of tries ('TC attempts: 3.', 'TC tries 3/4 and 3/6.', 'TC efforts …', 'Phone contact attempts: 3.',
 * 'In-person contact attempts: home visit 3/4.', 'Attempts: TC 3/4, TC 3/6.', 'Follow-up attempts - TC …', 'Outreach
 * log: TC …') records tries, not a two-way contact: no contact, in either pack. ('TC attempt 3/4.', 'Three TC attempts
 * this month.', 'Number of TC attempts: 3.', 'Outreach attempts: TC 3/4, text 3/6.', 'Outreach: TC 3/4, TC 3/6,
 * letter 3/8.' and 'Phone contacts attempted 3/4, 3/6.' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a tally or a list of tries', () => {
  doesNotCount([
    'Contacts this month: 0. TC attempts: 3.',
    'TC attempts: 3.',
    'TC attempts 3/4, 3/6, 3/8.',
    'TC tries: 3.',
    'TC tries 3/4 and 3/6.',
    'TC efforts 3/4, 3/6.',
    'Attempts: TC 3/4, TC 3/6.',
    'Outreach log: TC 3/4; TC 3/6; letter 3/8.',
    'Follow-up attempts - TC 3/4, TC 3/6.',
    'Phone contact attempts: 3.',
    'In-person contact attempts: home visit 3/4.',
  ]);
});
