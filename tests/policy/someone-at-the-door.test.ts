/**
 * At a home visit someone else opens the door ("her roommate opened the door and said she was at work"): the visit
 * reached them, not the participant, as when someone else answers the phone. The participant opening the door, or
 * coming to it and talking, is still the participant's visit. Our sentences (one in a machine-translated voice), both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('someone else at the door', () => {
  doesNotCount([
    'Visit to house of client 4/12. The landlady open the door and say client go to Texas, she not know when he come back.',
    'Home visit 5/2. Her roommate opened the door and said client was at work until 6.',
    "HV 6/3: client's grandmother came to the door, said he is staying with his dad now.",
    'Home visit 7/7 - a man opened the door, said he never heard of the client.',
    "Went to client's apt 8/8; her son opened the door and said she was sleeping. Left card.",
    // (These four counted before.)
    '4/12 home visit for customer. The neighbor open the door and say customer is moving to other city.',
    'Home visit to participant 6/6. His uncle open the door and say he is working in the farm.',
    '5/5 home visit for youth. The sister open the door, say youth is in school today.',
    'HV for cust 2/2. A woman opened the door and told me cust is at her job.',
  ]);
});

describe('the participant at the door', () => {
  counts([
    ['Home visit 5/2. Client opened the door and we talked in the kitchen: she started at Tyson 4/28, 40 hrs.', 'in-person'],
    ['HV 6/3: client came to the door with his grandmother; he told me he passed his GED science test.', 'in-person'],
  ]);
});
