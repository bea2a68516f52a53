/**
 * The participant by name. A note that establishes a first name as the participant's (right after a participant word,
 * "cust Deshawn"; with a participant word in brackets after it, "Marisol (participant)"; as the one whose plan it is,
 * "Aaron's IEP"; on a "Participant:" line of its own) may then write that name where it would write "cust": as the one
 * who calls, replies or speaks ("Deshawn called 3/30: …", "Aaron said he passed …"). A name the note does not
 * establish is not read as the participant this way, and an established name is no more than "cust" would be: a plan,
 * a try, someone else's contact, reported speech or a message that only asks do not count. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a name after a dated contact, at a meeting the participant missed', () => {
  // Reading the name past the date ('Teams meeting 2/19 w/ Aaron') must not let a meeting the participant missed count.
  doesNotCount([
    'Teams meeting 2/19 w/ Aaron re: IEP; Aaron did not attend.',
    'Teams meeting 2/19 w/ Aaron and his mother re: IEP; Aaron did not attend.',
    'Phone call 3/13 with Darren (instructor). Darren said cust finished the program.',
    'Phone call 3/13 with Darren scheduled for next week.',
    'Phone call 3/13 with Darren, no answer, left VM.',
  ]);
});

describe('a name the note establishes as the participant acts as the participant', () => {
  counts([
    ['Monthly contact for cust Deshawn. Deshawn called 3/30: started CDL-A at Hillyard 3/23, passed the pre-trip inspection. Continue ITA per IEP.', 'telephone'],
    ["Teams meeting 2/19. Attendees: Renee Whitfield, Aaron Pickett. Aaron said he passed his CDL skills test 2/17 and has an offer from Tyson. Renee will move Aaron's IEP to retention.", 'telephone'],
    ['Marisol (participant) replied 3/5 to my e-mail: she got the job at Tyson, 32 hrs, starts 3/16. ISS updated.', 'email'],
    ['Participant: Kenji Sato\nKenji texted back 3/12: he was hired at the Amazon warehouse, $18/hr, starts Mon. ISS updated.', 'email'],
  ]);
  doesNotCount([
    "Monthly contact for cust Deshawn. Deshawn's probation officer called 3/30: Deshawn started CDL-A at Hillyard 3/23.",
    "Attendees: Renee Whitfield, Aaron Pickett. Renee said she will call Aaron's instructor. Aaron did not attend.",
    'Client Deshawn. Deshawn will call 4/2 to go over his schedule.',
    'Client Deshawn. Deshawn called 3/30 while I was out and left a VM.',
    'Client Deshawn. Deshawn said he called the school 3/30 but no one answered.',
    'Client Deshawn. Deshawn texted 3/30: call me.',
    'Instructor Deshawn Miles called 3/30: cust passed the midterm.',
    'Cust Maria and her caseworker Ana. Ana called 3/30: Maria started at Tyson, 32 hrs.',
    'Cust Maria. Ana called 3/30: Maria started at Tyson, 32 hrs.',
    'Tyson called 3/30: Maria started 2nd shift, 40 hrs/wk.',
  ]);
});
