/**
 * Review near-misses, written before reading the reader's change: a call or video meeting whose line failed (it
 * froze or crashed, or we could not make out what the participant was saying or asking) is no two-way contact, however
 * the failure is worded. None may count in either pack. The participant's own story of a crash ("her laptop crashed
 * so she missed the online class") is news, not a failed line, and still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the video meeting itself froze or crashed', () => {
  doesNotCount([
    'Zoom w/ client 3/4 froze.',
    'Zoom w/ client 3/4 crashed; will reschedule.',
    'Teams call w/ client 3/4 crashed.',
    'Zoom with client 3/4 kept crashing.',
    'Google Meet w/ client 3/4 crashed.',
    'FaceTime w/ client 3/4 froze.',
    'Zoom w/ client 3/4 kept freezing.',
    'Zoom w/ client 3/4 glitched out.',
    'Zoom w/ client 3/4 cut out.',
  ]);
});

describe('we could not make out what the participant said, wanted or asked', () => {
  doesNotCount([
    'TC w/ client 3/4: could not make out what she wanted, the line kept cutting out.',
    'TC w/ client 3/4: could not make out what she was asking, bad signal.',
    'TC w/ client 3/4: could not make out what she wanted; static.',
    'TC w/ client 3/4: could not make out what she was saying, the call dropped.',
  ]);
});

describe('still counts: the line held and she told us her news', () => {
  counts([['Zoom w/ client 3/4: she passed the CNA skills test and starts at Mercy 3/9.', 'telephone']]);
});

describe('still counts: the line cut out or froze for a moment and the talk went on', () => {
  counts([
    ['Zoom w/ client 3/4: the line cut out once, then we went over her resume; she applies at Mercy 3/9.', 'telephone'],
    ['Google Meet w/ client 3/4: she told me she passed the CNA skills test; starts at Mercy 3/9.', 'telephone'],
  ]);
});
