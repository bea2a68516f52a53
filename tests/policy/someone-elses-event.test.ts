/**
 * The participant at someone else's event, class, interview or hearing, by phone or video: joining it is
 * no contact with us, whatever the channel. Our own call or meeting joined the same way still counts. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('someone else\'s event joined at a distance', () => {
  doesNotCount([
    'Client joined the resume workshop by Zoom 3/4.',
    'Cust Zoomed into the CNA info session 4/9 hosted by the college.',
    'Client Zoomed in to his IEP meeting at the high school 4/4.',
    'Youth video-called into the Job Corps admissions interview 3/3.',
    'Client called in to orientation with Job Corps 3/4.',
    'Participant joined the Adult Ed orientation by phone 5/2.',
    'Client joined the employer\'s hiring event on Teams 2/20.',
    'Cust dialed in to the Ticket to Work webinar 5/5.',
    'Youth FaceTimed into the school board meeting 4/4.',
    'Client logged on to the OSHA-10 class by Zoom 3/12.',
  ]);
});

describe('still counts: our own call or meeting joined the same way', () => {
  counts([
    ['Client joined the Teams call 3/4; she reports she passed the CNA exam and starts at Mercy 3/20. F/u 4/4.', 'telephone'],
    ['Client joined our Zoom check-in 3/4, camera on; she finished week 6 of CDL school. Next Zoom 4/4.', 'telephone'],
    ['Met with client 3/4 after she joined the resume workshop; she applied to 3 jobs and interviews at Target 3/9. F/u 4/4.', 'in-person'],
  ]);
});
