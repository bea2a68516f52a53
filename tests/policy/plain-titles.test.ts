/**
 * A title written as a plain word before a name ("Elder Tom", "Chief Two Bears", "Auntie May", "Nana Pearl", "Deacon
 * Harris", "Councilwoman Ortiz"): the person is someone else (an elder, a tribal or fire chief, a relative, a church
 * officer), not the participant, unless the note makes them the participant ("Elder Tom (participant)"). So a contact
 * with them, or their reply to our letter or call, is not a contact with the participant, in either pack; in Missouri
 * it could count only as an alternate contact with substantive progress, which none of these has. Our own sentences.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a plainly titled person is someone else', () => {
  doesNotCount([
    'TC w/ Elder Tom 4/2 - says she has been doing good at the center.',
    'Met with Chief Two Bears 3/18 at the tribal office about summer youth slots.',
    'Talked to Auntie May on the phone 2/11, she says he is looking for work.',
    'Nana Pearl picked up and talked with me 4/8; he is at work.',
    'Spoke w/ Deacon Harris by phone 5/2: she has been helping at the food pantry.',
    'Phone call with Granny Bea 3/9, says he is looking for work.',
    'Met with Councilwoman Ortiz 4/4 about the youth summer jobs.',
    'Elder Tom replied 3/5 to my letter: she is at the powwow this week.',
    'Chief Ortega returned my call 4/1; the youth crew is out on the fire line.',
    'Auntie Jo texted back 5/5: he is at work today.',
    'Sgt. Miller replied 3/5 to my letter: cust reported for drill.',
    'Uncle Ray called back 2/2, said she is fine.',
  ]);
});

describe('the note makes the titled person the participant', () => {
  counts([
    ['Spoke with Elder Tom (participant) by phone 4/2: passed the CDL permit test 3/30, range starts 4/15. Continue ITA; f/u 5/2.', 'telephone'],
    ['TC w/ client Auntie May 3/3: she finished the CNA clinicals and tests 3/20. Continue services; f/u 4/3.', 'telephone'],
  ]);
});
