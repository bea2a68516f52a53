/**
 * Near-misses from review, written before reading the reader's change (0bd3e1f, video verbs): the participant joining
 * someone else's class, orientation or interview by video, or by phone. None is a two-way contact between the writer and
 * the participant, so none may count in either pack ('came in 3/4 for orientation with Job Corps' did not; 'came in to
 * her GED class' did, and no longer does).
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("the participant joining someone else's event, class or interview, by video, by phone or in person", () => {
  doesNotCount([
    'Client Zoomed in to orientation with Job Corps 3/4.',
    'Client Zoomed into the Job Corps orientation 3/4.',
    'Client FaceTimed into her GED class 3/4.',
    'Client Zoomed in for her interview with Target 3/4.',
    'Client called in to orientation with Job Corps 3/4.',
    'Client called into the Job Corps orientation 3/4.',
    'Client came in to her GED class 3/4.',
  ]);
});

describe('a dated video meeting with a named participant who did not attend', () => {
  doesNotCount(['Teams meeting 2/19 w/ Aaron re: IEP; Aaron did not attend.', 'Teams meeting 2/19 w/ Aaron and his mother re: IEP; Aaron did not attend.']);
});

describe('a meeting the participant did not attend, said right after it', () => {
  doesNotCount([
    'Teams meeting 2/19 w/ client; client did not attend.',
    'Teams meeting 2/19 w/ client re: IEP; client did not show.',
    'Teams meeting 2/19 w/ client re: her ITA; client did not attend.',
    'IEP meeting 2/19 with client and her mother; client did not attend.',
    'Teams meeting 2/19 w/ client. Client did not show.',
  ]);
});
