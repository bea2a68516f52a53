/** The participant called by the last name the note gives her is still her, in either pack. */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('her last name', () => {
  counts([
    ['Client Ana Ruiz. Spoke with Ruiz by phone 3/4: she passed the CNA exam, starts clinicals Monday.', 'telephone'],
    ['Participant: Deshawn Miller. TC w/ Miller 3/4: he started at Casey\'s, 30 hrs/wk.', 'telephone'],
  ]);
});
