/**
 * Near-misses for "a written reply that names no channel takes the written type": the participant's words quoted
 * after a verb of writing are no reply to us when the note says where they were written: a journal, a sign-in sheet, a
 * whiteboard, a job application or résumé, a class forum or discussion, a public post. None is a contact, though each
 * counted as an e-mail when a reply naming no channel first took the written type. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('words the participant wrote somewhere else, not to us', () => {
  doesNotCount([
    'She wrote in her journal 5/2: "Applied to both! Externship at 112 hours now, done by the 20th."',
    'She wrote on the sign-in sheet 5/2: "Applied to both! Externship at 112 hours now."',
    'She wrote on the whiteboard 5/2: "Externship at 112 hours now."',
    'Client wrote on her job application 5/2: "I have a CDL and 3 years driving."',
    'Client wrote in her resume 5/2: "Externship at 112 hours, done by the 20th."',
    'Client wrote on the class forum 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client wrote in the Canvas discussion 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client wrote on Facebook 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client replied on the class forum 3/6: "finished lesson 5, starting lesson 6 next week."',
    'Client replied in the Canvas discussion 3/6: "finished lesson 5, starting lesson 6 next week."',
    'Client wrote in her journal 5/2 that she finished lesson 5 and starts lesson 6 next week.',
    'Client wrote in the comments 5/2 that she finished lesson 5 and starts lesson 6 next week.',
  ]);
});

describe('the same place without a determiner or a capital, or a board or centre that only has "message" in its name', () => {
  doesNotCount([
    'Client wrote on facebook 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client replied on fb 3/6: "finished lesson 5, starting lesson 6 next week."',
    'Client wrote in class forum 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client wrote on sign-in sheet 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client wrote on whiteboard 5/2: "Externship at 112 hours now, done by the 20th."',
    'Client replied on the class message board 3/6: "finished lesson 5, starting lesson 6 next week."',
    'Client replied in the Canvas message board 3/6: "finished lesson 5, starting lesson 6 next week."',
    'Client replied in the Indeed message center 3/6: "I accept the offer and can start Monday at 7."',
    'Client wrote on the back of her timesheet for the employer 5/2: "Externship at 112 hours now, done by the 20th."',
  ]);
});
