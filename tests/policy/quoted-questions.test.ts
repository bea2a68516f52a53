/**
 * A question inside quotation marks is the quoted message asking ("Texted client: \"How is class?\""), not the writer
 * asking whether a contact happened ("Spoke with customer?"): the message it quotes still went out, and the reply
 * after it answers that message. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a message that quotes a question, answered', () => {
  counts([
    ['Writer e-mailed participant an open question on 03/16: "What has been working for you in class?" Participant replied 03/17: "The study group. I got 88 on the anatomy test."', 'email'],
    ['Texted client 4/2: "How is the welding class going?" She texted back 4/3: "good, passed my 2G plate, 3G next week."', 'email'],
    ['E-mailed customer 5/2: "Did you finish the forklift course?" Customer replied 5/3 that she passed and starts at Tyson 5/10.', 'email'],
    ['Mailed cust a letter 3/1 asking "Are you still in the CDL program?" Cust wrote back 3/9: finished 3/5, hired at Prime.', 'letter'],
  ]);
});

describe('near-misses: the question unanswered, asked by the writer, or answered by someone else', () => {
  doesNotCount([
    'Texted client 4/2: "How is the welding class going?" No reply yet.',
    'E-mailed customer 5/2: "Did you finish the forklift course?"',
    'Spoke with customer about her classes?',
    'Client texted 4/2: "can you call me?" Called back, no answer.',
    'Instructor e-mailed 3/3: "Is she still coming to class?" Replied that I would check.',
    'E-mailed client 3/2: "Are you still working at Cub?" Her mother replied that she moved to Fargo.',
    'Texted client 4/2: "Are you coming to the 4/9 appointment?" Will call if no reply.',
  ]);
});
