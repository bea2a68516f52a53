/**
 * Review near-misses for "a message received from someone came from them" ("Letter rec'd from client 6/3: started at
 * Sanford …" counts as her written reply): the same wording where the message was not the participant's reply to us
 * — an office named with a party word, her letter to someone else, a copy or a message sent to us in error, a list or a
 * group, or a message with nothing in it. None of these counts. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a message received from someone that is no reply of the participant to us', () => {
  doesNotCount([
    "Letter rec'd from Participant Services 6/3: client started at Sanford 5/28, 32 hrs/week.",
    "Letter rec'd from Client Services 6/3: she started at Sanford 5/28, 32 hrs/week.",
    "Letter rec'd from client 6/3 addressed to DHS: she started at Sanford 5/28, 32 hrs/week.",
    "Letter rec'd from client for her PO 6/3: started at Sanford 5/28, 32 hrs/week.",
    "E-mail received from customer cc'd on her reply to the instructor 6/3: passed lesson 5, lab next.",
    'E-mail received from customer in error 6/3, meant for her instructor: passed lesson 5.',
    'E-mail received from customer 6/3 to the whole cohort list: passed the CNA skills test.',
    "Text rec'd from client 6/3 in the group chat: started at Sanford 5/28, 32 hrs/week.",
    'E-mail received from customer 6/3.',
  ]);
});

describe('a message received from the participant with no reply of theirs in it', () => {
  doesNotCount([
    "Letter rec'd from client 6/3: (blank form, nothing filled in, no signature)",
    "Text rec'd from youth 6/3: lol ok see u",
    'E-mail received from customer 6/3: Thank you for your e-mail, I will review it soon.',
    'Text received from client 6/3: this is her sister, she is at work at Sanford now 32 hrs.',
    // (A paper or a forward with no words of theirs, as a picture texted with "No message." is no reply.)
    "Letter rec'd from client 6/3: copy of pay stub, 32 hrs week of 5/28.",
    'E-mail received from customer 6/3: FW: Your application to Sanford has been received.',
  ]);
});
