/**
 * The participant came in or called and the note names whom she talked with, and it is not us: a guard, a
 * volunteer, a greeter, a custodian, another customer, a partner agency's staff in our building, the call center or
 * an automated menu. Her arrival or her call is no two-way contact with her case manager: no contact, in either pack.
 * ('Client came in 3/4 and spoke with the front desk', '… met with the receptionist', 'Client called 3/4 and spoke
 * with the receptionist' and '… the answering service took a message' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('she came in and talked with someone who is not us', () => {
  doesNotCount([
    'Client came in 3/4 and talked to the security guard.',
    'Client came in 3/4 and spoke with a volunteer in the resource room.',
    'Client came in 3/4; spoke with the greeter.',
    'Client came in 3/4 and talked with another customer in the lobby.',
    'Client came in 3/4 and spoke with the Job Corps rep in the lobby.',
    'Client came in 3/4 and spoke with the DVR counselor who shares our office.',
    'Client came in 3/4 and spoke with the UI staff about her claim.',
    'Client came in 3/4 and chatted with the custodian.',
    'Client walked in 3/4 and spoke with the temp at the desk.',
  ]);
});

describe('she called and reached someone or something that is not us', () => {
  doesNotCount([
    'Client called 3/4 and spoke with the intake worker at DFS.',
    'Client called 3/4; the call center took a message.',
    'Client called 3/4 and got the automated menu.',
    'Client called 3/4 and reached the after-hours line.',
    "Client called 3/4 and spoke with the Job Center's call center about UI.",
  ]);
});
