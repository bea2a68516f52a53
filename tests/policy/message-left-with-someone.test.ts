/**
 * A message left with whoever answered is an attempt, never a contact: a roommate, a treatment centre's staff, a
 * shelter's night lead, a co-worker who picked up the participant's phone or answered their text, a receptionist at
 * the participant's workplace. Even when that person passes on news, the writer did not talk with the participant,
 * so the due date must not move. Near-misses that must still count: the participant came to the phone after someone
 * else answered, or called back later the same day. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount as attempts } from './both-packs';

describe('a roommate answered', () => {
  attempts([
    'Called cust 11/4; her roommate answered and said she was at work. Left message with roommate to have her call me back.',
    "TC to pt's cell 11/5, picked up by his roommate Dave. Left msg w/ Dave asking pt to call CM.",
    'Called client 11/6; her roommate picked up and said client passed her CNA state exam last week and starts at Mercy 11/20. Asked roommate to have her call me.',
    "Phoned participant 11/7. Roommate answered: he is working nights at the Tyson plant now, 40 hrs/wk. Left word for him to call back.",
  ]);
});

describe("a treatment centre's or sober house's staff answered", () => {
  attempts([
    'Called Hope Recovery Center for client 11/10. Staff member Tina answered; client was in group. Left message with staff for client to return call.',
    'Called cust at the treatment center 11/11; the tech at the front desk took a message. Tech said cust is doing well, attending all groups and GED class.',
    'Message left with the house manager at the sober living house for cust to call CM. House manager reports cust attending IOP 3x/wk and applying for jobs.',
    'Called New Beginnings residential program 11/12 to reach participant. Counselor on duty said he completed phase 2 and is job searching; she will give him my message.',
  ]);
});

describe("a shelter's night lead answered", () => {
  attempts([
    'Called the shelter 11/13 to reach cust. Night lead answered and said cust is still working at Tyson, 40 hrs/wk. Left word for cust to call back.',
    'TC to Salvation Army shelter 11/14 10 pm; night lead took a msg for client, says client leaves for work at 5 am daily.',
  ]);
});

describe("a co-worker answered the participant's phone or text", () => {
  attempts([
    "Called client's cell 11/17. A co-worker answered client's phone, said client was on the line at work and would call back. Left message with co-worker.",
    "Texted pt 11/18 re: timesheet. His coworker replied from pt's phone: he is on shift and will text later.",
    "Called participant 11/18; coworker picked up her phone and said she got promoted to shift lead. Left msg for her to call me.",
  ]);
});

describe("a receptionist at the participant's workplace", () => {
  attempts([
    'Called cust at work (Menards) 11/19; receptionist answered, cust was on the floor. Left message with receptionist. Receptionist confirmed cust is still employed full time.',
    "Phoned participant's workplace 11/20. Receptionist said he was in a meeting; left msg with her for him to call back.",
    'Called Hy-Vee to reach cust 11/20; the front desk took a message and said she works 32 hrs a week in the deli.',
  ]);
});

describe('near-misses that still count: the participant came to the phone, or called back', () => {
  counts([
    ['Called cust 11/4; her roommate answered and got her. Spoke w/ cust: attending CNA class 4 days/wk, 92% attendance. Next TC 12/4.', 'telephone'],
    ["Called cust's cell 11/5; roommate answered, left message. Cust called back later that day and reports she started at Walmart 11/1, 32 hrs/wk. Next contact 12/5.", 'telephone'],
    ['Called the treatment center 11/10; staff put client on the phone. Discussed her GED classes: passed the math section 11/8. Follow-up 12/10.', 'telephone'],
    ['Called Menards 11/19; the receptionist transferred me to cust. TC w/ cust: working full time, $16/hr. Next TC 12/19.', 'telephone'],
    ['Left message with roommate 11/4. 11/5 TC w/ cust, she reports she is attending class daily. Next TC 12/5.', 'telephone'],
  ]);
});
