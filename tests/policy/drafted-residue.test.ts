/**
 * A note drafted by an AI assistant from the case manager's shorthand, where the shorthand ("no ans", "went to vm",
 * "lvm") survives as prompt residue and the draft below it invents a conversation; and a migrated record whose system
 * stamp says the appointment was cancelled or missed. Neither shows a two-way contact, so neither counts in either
 * pack. A draft that keeps a real reply, or a draft with no failed try in it, still counts. Our own sentences, written
 * before the reader's change.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('prompt residue of a failed try, then an invented conversation', () => {
  doesNotCount([
    'no ans\n\nThe case manager contacted the participant by telephone on 3/4/2026. The participant reported that she is attending classes and remains on track. The case manager will follow up next month.',
    'Here is a professional case note based on your notes: "no answer lvm"\n\nOn 4/2 the case manager spoke with the customer by phone. The customer shared that he is actively searching for work and has applied to several positions.',
    'called 5/5 went to vm. make this sound professional\n\nOn 5/5/2026, the case manager held a telephone conversation with the participant, who reported steady progress in her training program and continued motivation.',
    'lvm 6/1 - pls write up as a case note\n\nCase Note - 6/1/2026\nThe case manager spoke with the customer by telephone. The customer reported that she continues to attend her phlebotomy classes. Services will continue.',
  ]);
});

describe('a system stamp that says the appointment did not take place', () => {
  doesNotCount([
    '[CONVERTED - APPT STATUS: CANCELLED]\nQuarterly review mtg w/ customer.',
    'Created: 2022-05-05 [LEGACY STATUS: NO SHOW]\nMonthly OV w/ participant re: job search.',
    '[Status: Cancelled by participant] Office visit w/ client 4/4 to sign the IEP.',
  ]);
});

describe('drafts that keep a real exchange', () => {
  counts([
    ['Sure! Here is a polished version of your note:\n\nOn 3/3 the case manager called the customer; no answer, left a voicemail. The customer returned the call on 3/4 and reported that she passed her CNA skills exam and starts at Mercy on 3/20. Services continue for job retention; next contact 4/4.', 'telephone'],
    ['Here is your case note:\n\nOn 4/2 the case manager met with the customer in the office. The customer reported 3 job applications and an interview at Target on 4/9. Services continue; next OV 5/2.', 'in-person'],
  ]);
});
