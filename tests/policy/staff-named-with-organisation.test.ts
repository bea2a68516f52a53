/**
 * A person the vocabulary does not know, called or written to and introduced by the organisation they answer for
 * ("Phone call w/ Kayla at Bright Futures Daycare", "TC with Marisol from Labor Pros"), is that organisation's staff,
 * not the participant: what they pass on is not a contact with the participant, and the participant gate never binds
 * it (nor is it read as a provider contact: nothing says which kind of organisation it is, so it does not count). Near-misses that must still count: the
 * participant named plainly ("Phone call with Renee"), called at a place in lower case ("at work"), or met in
 * person somewhere ("at the library"). The same holds for a name introduced by a job title ("branch mgr Jolene",
 * "Worksite supv Ms. Ortiz called back"), whom a call was with or who made it; a title of courtesy alone
 * ("Met w/ Ms. Ortiz") or a supervisor beside the named participant is no such person. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("someone's staff, named with their organisation", () => {
  doesNotCount([
    'Phone call w/ Kayla at Bright Futures Daycare 11/2: kids enrolled, cust starts CNA class Monday.',
    'TC with Marisol from Labor Pros 11/3: cust worked 36 hrs last week on the warehouse assignment, no attendance issues.',
    'Called Tom at Midwest Foods 11/5; he said cust passed her 90-day probation and is now at $16/hr.',
  ]);
});

describe('someone introduced by their job title, or with their organisation in an e-mail', () => {
  doesNotCount([
    // role + name, whom the call was with
    "Phone call w/ the staffing agency's placement mgr Rosalind 11/4: cust finished the assignment early and was let go.",
    'TC with shift supv Darnell 11/6 - cust on time every shift, up for a raise next month.',
    // title + surname, the subject of the call
    'Worksite supervisor Mr. Okafor called back 11/5, says cust comes in every day and is learning the press.',
    'Training coordinator Ms. Lindqvist returned my call 11/7; cust passed the forklift cert on the first try.',
    // name + organisation on an e-mail
    'E-mail exchange w/ Gloria Ruiz from Metro Staffing 11/9: cust is working 5 days a week on the packing line.',
    'Email exchange with Arjun Mehta of Riverbend Community College 11/10 - cust has a 3.1 GPA this term.',
  ]);
});

describe('near-misses that still count', () => {
  counts([
    ['Phone call with Renee 11/2: she is attending welding 4 days a week and passed the first module.', 'telephone'],
    ['TC w/ Renee at work on her break 11/3, she reports 40 hrs/wk at the plant and likes the job.', 'telephone'],
    ['Met with Renee at the Bemidji library 11/4; she showed me her grades, B+ average, on track to finish in May.', 'in-person'],
    // the participant named with a name that could be a staff member's, or with a title of courtesy
    ['TC w/ cust Rosalind Marks 11/2: she was let go from the temp assignment and is looking for new work.', 'telephone'],
    ['Met w/ Ms. Okafor (participant) 11/3 - working every day at the worksite, her supv is happy with her.', 'in-person'],
    ['Called Ms. Okafor 11/5 (cust), she is working 30 hrs/wk at the plant and likes it.', 'telephone'],
    // a supervisor in view beside the participant, or told about by them
    ['Worksite visit 11/3: met w/ cust and her supv Mr. Okafor; cust there every day, learning the lathe.', 'in-person'],
    ['TC w/ client 11/6; her supv Ms. Lindqvist had told her she is doing well, on track for a raise.', 'telephone'],
  ]);
});
