/**
 * A phone or video contact that connected and then failed before anyone could talk: the picture froze and the
 * participant dropped, the line broke up so nobody could hear, the participant joined muted and never spoke, the call
 * "failed". Named as a contact ("Teams call", "TC w/ client", "she picked up"), none shows a two-way exchange, so none
 * counts in either pack. A contact that had trouble and then went on (a clear line after a bad start, a call back
 * after a drop where they talked) still counts. Our own sentences, written before the reader's change; both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a video or phone contact that failed before anyone talked', () => {
  doesNotCount([
    'Teams call 6/2: client logged on with audio only, said hello, then the screen froze and she dropped off. Could not reconnect.',
    'Google Meet 3/3 - participant joined, lagging badly, call ended after a minute, nothing discussed.',
    'FaceTime w/ cust 4/1: connected for a few seconds then the call failed.',
    'TC w/ client 4/4 - too much static, could not understand her, hung up.',
    'Zoom w/ client 7/7: froze on her end and we lost her.',
    'Virtual meeting 3/8: customer joined muted, never unmuted, left after 5 min.',
    'Called participant 4/11; she picked up but I could only hear background noise. Call disconnected.',
    'Video visit w/ youth 2/9 - his picture was frozen the whole time and he could not hear me.',
    'Phone appt w/ cust 5/14: she answered, the line was breaking up and we could not make out each other. Will retry 5/15.',
    'WebEx 6/3 with participant: he joined from his phone, the app crashed and the call ended.',
    // A bad line the writer will try again over.
    'TC w/ client: bad connection, will try again tomorrow.',
    'Phone call w/ cust 3/3 - poor signal on her end, will call back later.',
    'TC w/ participant 5/5: bad reception, will retry Monday.',
    'Video call with youth 2/2, no signal at his house so we will try again Friday.',
    'TC w/ client: bad connection, will call later.',
  ]);
});

describe('trouble on the line, then a real exchange: still a contact', () => {
  counts([
    ['TC w/ client 4/4 - bad connection at first, then clear. Client reports 32 hrs/wk at Walmart, new wage $15.50. F/u 5/4.', 'telephone'],
    ['Called cust 3/3, call dropped once, I called back and we talked 20 min: she passed the CNA skills test. Next TC 4/3.', 'telephone'],
    ['Zoom w/ client 4/2 - video kept cutting out, so we switched to a phone call; she reports 3 interviews this week, one at Target 4/9. F/u 4/16.', 'telephone'],
    ['TC w/ client 3/9: bad connection, but we finished the call. She starts at Target 4/9, 30 hrs/wk. Continue OJT. F/u 4/9.', 'telephone'],
    ['Zoom 5/4 with client, camera on. She reports finishing module 3 and starting the externship 5/18. Continue ITA. Next Zoom 6/4.', 'telephone'],
  ]);
});
