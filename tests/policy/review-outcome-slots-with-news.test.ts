/**
 * A contact whose outcome slot carries news of her still counts, with its type, in both packs, even where words a
 * failed attempt also uses stand beside the news ("nothing new", "same as before", "no concerns", "was not possible",
 * "the line was bad at first"), and a log's own "Yes" beside a TC counts as the talk it says it was.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe("a contact's outcome slot with news of her", () => {
  counts([
    ['TC 3/4: attending daily, 95%.', 'telephone'],
    ['TC 3/4: nothing new, still attending daily, 95%.', 'telephone'],
    ['TC 3/4: same as before - attending daily, 95%.', 'telephone'],
    ['Phone contact with client 3/4: attending daily; in-person meeting was not possible this month.', 'telephone'],
    ['Phone contact with client 3/4: a home visit was not possible (snow), so we talked by phone; attending daily.', 'telephone'],
    ['Home visit 3/4: no concerns, she is attending daily.', 'in-person'],
    ['Client answered 3/4; she is attending daily, 95%.', 'telephone'],
    ['Client answered 3/4, the line was bad at first but cleared up; attending daily.', 'telephone'],
    ['Met with client in person 3/4: the interpreter was not possible to get, so her son interpreted; attending daily.', 'in-person'],
  ]);
});

describe("a log's own Yes beside the call", () => {
  counts([
    ['TC 3/4. Contact made: Yes. Attending daily, 95%.', 'telephone'],
    ['Reached client: yes. TC 3/4: attending daily.', 'telephone'],
    ['Contact made? Y - TC 3/4: attending daily, 95%.', 'telephone'],
  ]);
});
