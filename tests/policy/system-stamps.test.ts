/**
 * A case system's own stamp in brackets ("[Created by: jdoe 03/02/2026 2:41 PM]", "[Added after]") is filled in by the
 * system, not a template blank: it does not make a real contact an unfinished template. A blank the writer left
 * still does, and a stamp never turns an attempt or a plan into a contact. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("the system's stamp is not a blank", () => {
  counts([
    ['TC w/ cust 2/4. Cust reports she passed her CNA skills test, clinicals start 2/20. Cont ITA per IEP. [Created by: jdoe 02/04/2026 3:10 PM]', 'telephone'],
    ['[Entered by: R. Lund 5/6/2026] Met with client at the job center 5/6: started at Menards 5/1, 32 hrs/wk. ISS updated.', 'in-person'],
    ['Phone check-in 1/9 11:00\n[Added after] Called at 11, he picked up. Week 2 of welding, 100% attendance, passed the first bend test.', 'telephone'],
    ['OV w/ participant 3/3: working 30 hrs at Target, wants more hours. [Updated on 3/4 by kmiller]', 'in-person'],
  ]);
});

describe('near-misses: blanks still leave the contact unfinished; a stamp adds no contact', () => {
  doesNotCount([
    'TC w/ [participant name] on [date]. Discussed [topics]. [Created by: jdoe 02/04/2026 3:10 PM]',
    'Called cust 2/4, no answer, left VM. [Created by: jdoe 02/04/2026 3:10 PM]',
    'Will call client next week about her grades. [Entered by: R. Lund 5/6/2026]',
    'Texted cust re: timesheet, no reply yet. [Added after] still no reply.',
  ]);
});
