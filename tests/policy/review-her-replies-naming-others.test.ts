/**
 * Her own written replies still count as e-mail contacts in both packs when they name other people or another
 * phone — her mother helping with childcare, her sister driving her, her instructor's figure, the doctor who cleared
 * her, her mother's phone or her work e-mail — and when the note gives her name and the reply is signed with it.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('her reply, naming someone else', () => {
  counts([
    ['Participant: Jenna Ruiz. Texted client 3/4. Jenna replied 3/5: passed her CNA exam, attending daily.', 'email'],
    ['Texted client 3/4. She replied 3/5: passed her CNA exam.', 'email'],
    ['Texted client 3/4; she texted back 3/5 that she started at Hy-Vee, 30 hrs.', 'email'],
    ['Emailed client 3/4; client wrote back 3/5: she is attending daily, her mom is helping with childcare.', 'email'],
    ['Texted client 3/4. Client replied 3/5: her sister is driving her to class; attending daily.', 'email'],
    ['Emailed client 3/4. Client replied 3/5 from her work e-mail: 30 hrs/wk at Hy-Vee.', 'email'],
    ["Texted client 3/4. Client replied 3/5 from her mom's phone: attending daily, 95%.", 'email'],
    ['Emailed client 3/4. Client replied 3/5: "My instructor says I\'m at 95%."', 'email'],
    ['Texted client 3/4. She replied 3/5: "Dr. Patel cleared me to work; I start Monday."', 'email'],
  ]);
});
