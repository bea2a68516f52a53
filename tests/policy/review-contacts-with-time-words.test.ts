/**
 * Real contacts told with words of time — earlier today, this morning, an hour ago, tonight at the class, yesterday,
 * a weekday — or with news and plans that lie ahead (she starts tomorrow, next meeting in two weeks, tomorrow's
 * interview, the exam later today) still count, with their type, in both packs: a plan beside a contact does not make
 * the contact a plan.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('a contact told with a word of time', () => {
  counts([
    ['Met with client in person this morning: attending daily, 95%.', 'in-person'],
    ['Spoke with client by phone this afternoon: attending daily, 95%.', 'telephone'],
    ['Phone call with client earlier today: attending daily, 95%.', 'telephone'],
    ['Met with client an hour ago in the lobby: attending daily, 95%.', 'in-person'],
    ['Met with client tonight at the evening class: attending daily, 95%.', 'in-person'],
    ['Met w/ client yesterday: attending daily, 95%.', 'in-person'],
    ['Met with client last night at the evening class: attending daily.', 'in-person'],
    ['Spoke with client by phone Monday: attending daily, 95%.', 'telephone'],
    ['Met with client in person Tuesday 3/3: attending daily.', 'in-person'],
  ]);
});

describe('a contact whose news or next step lies ahead', () => {
  counts([
    ['Met with client in person 3/4: she starts at Hy-Vee tomorrow.', 'in-person'],
    ['Spoke with client by phone 3/4; next meeting in two weeks.', 'telephone'],
    ['Met with client today; will meet again next Tuesday. Attending daily.', 'in-person'],
    ["Met with client in person 3/4 to plan next week's interview: attending daily.", 'in-person'],
    ['Home visit with client 3/4; next home visit in a month. Attending daily.', 'in-person'],
    ['Office visit w/ client 3/4 re: her interview next Monday; attending daily.', 'in-person'],
    ['Phone call with client 3/4 about the class that starts in two weeks; she is enrolled.', 'telephone'],
    ["Spoke with client by phone 3/4 about tomorrow's interview at Hy-Vee; attending daily.", 'telephone'],
    ['Met with client 3/4 in person: her CNA exam is later today, attending daily.', 'in-person'],
    ['In-person meeting with client 3/4 - she will start clinicals in an hour; attending daily.', 'in-person'],
    ['Met with client 3/4. Next: meet with client in person 4/4.', 'in-person'],
    ['TC w/ client 3/4: attending daily. Plan: meet in person next week.', 'telephone'],
  ]);
});
