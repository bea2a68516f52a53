/**
 * Near-misses in the voices of a Deaf case manager writing English as a second language and of a busy CNA program
 * (written before reading the reader): the participant picked up and put us off ("call later", a sign of "busy", hung
 * up), the note says "No talk.", or she did not join the video call we waited on. No two-way contact (MO DWD 01-02
 * Change 1: an attempt is no contact; MN Letter 110). None may count in either pack; a call where she told her news
 * still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('answered, put off, no talk', () => {
  doesNotCount([
    'CM: 11/16/26 phone to Yesenia, she answered and said she was in clinical, call later. No talk.',
    '10/27/2026 VP call DeShaun. He answer, sign "at work, later". Hang up. No talk about program.',
    '11/5 VP call Tasha. She answer, sign "busy". Hang up.',
  ]);
});

describe('she did not join the video call', () => {
  doesNotCount([
    '11/20/2026 Zoom with Ellie, I and interpreter wait, she not join.',
    'Teams with Jorge 11/9, we wait 15 min, he not come.',
    '11/12 video call Ana, she not join, I wait 20 min.',
  ]);
});

describe('a call where she told her news still counts', () => {
  counts([
    ['VP call with DeShaun 11/3. He answer and sign he finish forklift class, start job Monday.', 'telephone'],
    ['Zoom with Ellie 11/20, she join with interpreter, she pass her GED math test.', 'telephone'],
  ]);
});
