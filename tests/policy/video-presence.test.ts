/**
 * A video contact told by its verb or by the participant's presence on it. A channel's name used as a verb
 * ("FaceTimed me", "Zoomed with cust", "video-called") is that channel like "called" is the phone's, and the
 * participant shown on the video ("Cust on camera from his truck", "client was on camera") after a video
 * contact is the participant taking part, as "she reports" after a call is. Near-misses: a link sent, a try that
 * failed, someone else on camera, a plan or a request to be on camera, a negation, a participant who never joined.
 * Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("a channel's name as a verb", () => {
  counts([
    ['Cust FaceTimed me 11/4 from the break room: passed the CNA skills exam 11/2, starts at Mercy 11/20. Continue ITA.', 'telephone'],
    ['FaceTimed w/ client 11/5, she finished week 6 of the welding class, 100% attendance. Continue ITA.', 'telephone'],
    ['Client Zoomed in 11/6 from home and said she started at Target 11/3, 25 hrs/wk. Continue follow-up.', 'telephone'],
    ['Cust video-called me 11/7: passed her GED math test (152). Continue adult ed.', 'telephone'],
    ['Skyped with cust 11/8. He is in week 4 of CDL school, passed the permit test. Continue ITA.', 'telephone'],
  ]);
  doesNotCount([
    'FaceTimed cust 11/4, no answer. Will try again Fri.',
    'Tried to FaceTime client 11/5, it rang out.',
    'Will FaceTime with cust 11/12 to go over her schedule.',
    "Cust's probation officer FaceTimed me 11/6: he passed the CNA exam.",
    'Client said she FaceTimed her instructor 11/7 about the exam.',
    'Cust did not FaceTime back 11/8. Left a text.',
    'Zoomed with the employer 11/9: cust is on 2nd shift, 40 hrs.',
    // Another staff member's video contact.
    'Case manager Smith Zoomed with client 3/4 (per her note).',
    'Ms. Smith Zoomed with client 3/4.',
    'Smith Zoomed with client 3/4.',
  ]);
});

describe('the participant on camera after a video contact', () => {
  counts([
    ['3/11 | 600 | 2 units | VIDEO (Zoom)\nCust on camera from his truck at lunch: OJT week 6 at the machine shop, 42 hrs. Continue OJT.', 'telephone'],
    ['Video session 3/24 (Teams, 30 min). Youth on camera from school. He has earned 1.5 of the 2 credits he needs. ISS updated.', 'telephone'],
    ['Career check-in 4/22 via Zoom. Participant on camera from the library. Week 6 of the MA program, attendance 100%. Continue ITA.', 'telephone'],
    ['Zoom 3/30, client was on camera the whole time. Passed the ABE math post-test. ISS reviewed.', 'telephone'],
  ]);
  doesNotCount([
    'Zoom 3/11 scheduled. Cust will be on camera from work.',
    'Sent Zoom link 3/11 and asked cust to be on camera.',
    'Zoom 3/11. Cust not on camera, never joined. Will call.',
    'Zoom 3/11 with her probation officer. Officer on camera, says cust is doing well.',
    'Teams meeting 3/11 with the employer. Supervisor on camera: cust is on 2nd shift, 40 hrs.',
    'Zoom 3/11. Cust on camera? Link shows nobody joined. Left a VM.',
    'Cust on camera in the news 3/11 for the plant opening.',
  ]);
});
