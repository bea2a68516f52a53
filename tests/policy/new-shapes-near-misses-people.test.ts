/**
 * Near-misses in new shapes, about people (written before reading more of the reader's code): the participant's
 * payee, guardian or power of attorney (an alternate contact: Missouri takes one reached by phone or in person with
 * substantive progress, Minnesota never; a guardian's text or e-mail is no response from the participant), her
 * probation officer (another agency's worker: "other"), a team meeting or staffing about her, a case conference she
 * was "invited" to (attendance not shown), a lobby she left before being seen, a relative reached who says she moved.
 * Beside each, real contacts that must still count. Both packs, no contact type from the screen, a date field.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, inEachPack } from './both-packs';

describe('payee / guardian / POA: no contact with the participant', () => {
  doesNotCount([
    "Spoke w/ client's payee 3/4 re: rent.",
    "TC w/ client's rep payee 3/4 about her SSI check.",
    "Payee called 3/4 to ask about client's bus pass.",
    "Spoke with client's POA 3/4 about the job search.",
    "Client's guardian e-mailed 3/4: client is doing well.",
    "Guardian called 3/4 to reschedule client's appt.",
    "Talked w/ client's legal guardian 3/4; she will bring client in next week.",
    "Spoke with client's power of attorney 3/4 re: paperwork.",
    "Client's guardian texted 3/4: client passed the forklift test and started at Tyson 32 hrs/wk.",
    "Client's payee e-mailed 3/4: client attends class 4 days/wk, passed the midterm with 85%.",
  ]);
});

describe('payee / guardian / POA: an alternate contact with progress, by phone, counts in Missouri only', () => {
  it.each([
    "TC w/ client's guardian (alternate contact) 3/4: client attends class 4 days/wk and passed the midterm with 85%.",
  ])('%s', (text) =>
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(pack === 'mo-dwd-toolbox');
      expect(v.party, pack).toBe('alternate');
    }),
  );
});

describe('probation officer: no contact with the participant', () => {
  doesNotCount([
    "Spoke w/ client's PO (probation officer) 3/4: client is compliant.",
    'TC w/ PO 3/4: client is working at Tyson 40 hrs, passes UAs.',
    "Talked with client's parole officer 3/4 about her curfew and job search.",
    "Client's PO called 3/4: client started at Hy-Vee Monday.",
    "Spoke with P.O. Jenkins 3/4 re: client's hours at Tyson.",
    "Met with client's probation officer 3/4 at the courthouse; discussed client's job search.",
    "E-mail from client's PO 3/4: she reported for her check-in and is working.",
  ]);
});

describe('probation officer: still counts', () => {
  counts([
    ['TC w/ client 3/4: she says her PO approved the job at Tyson; starts Monday, 40 hrs.', 'telephone'],
    ['Client came in 3/4 with her PO; client reports she starts at Tyson Monday, 40 hrs.', 'in-person'],
  ]);
});

describe('team meeting about the participant: no contact with the participant', () => {
  doesNotCount([
    'Staffed case w/ supervisor 3/4: client is attending class, plan to refer to OJT.',
    "Discussed client's case with team at staffing 3/4.",
    "Case consult w/ supervisor 3/4 re: client's attendance; client at 90%.",
    "Met with supervisor 3/4 to review client's IEP and training plan.",
    "Team meeting 3/4: reviewed client's progress, she passed the midterm.",
    "Staffing 3/4 with FWW and supervisor re: client's sanction; client passed the CNA test.",
    'Supervisor and I discussed client 3/4; she is on track.',
    "Case review w/ program manager 3/4 - client's ITA approved.",
  ]);
});

describe('conference where invited: no contact with the participant', () => {
  doesNotCount([
    'IEP meeting 3/4; client was invited but it is not noted whether she came.',
    'Case conference 3/4. Client invited.',
    "Case conference 3/4 with client's VR counselor and PO; client was invited.",
    'Client invited to the 3/4 staffing.',
    'Invited client to the case conference on 3/4 with her VR counselor.',
    'Case conference held 3/4 w/ school counselor and VR; client invited, did not attend.',
    "Multi-agency meeting 3/4 re: client's plan; client was sent an invite.",
  ]);
});

describe('conference where invited: still counts', () => {
  counts([
    ['Case conference 3/4: client attended with her VR counselor; she reports she starts at Hy-Vee Monday.', 'in-person'],
  ]);
});

describe('lobby but left: no contact with the participant', () => {
  doesNotCount([
    'Client was in the lobby 3/4 but left before being seen.',
    'Cust signed in at front desk 3/4, left before CM was available.',
    'Client came to the office 3/4 and left before I could see her.',
    'Participant waited in lobby 3/4, left before her appt was called.',
    'Client showed up 3/4 but walked out before meeting with staff.',
    'Client signed in 3/4 at 2:10; gone by 2:25 when I came out.',
  ]);
});

describe('lobby but left: still counts', () => {
  counts([
    ['Client was in the lobby 3/4; I met with her at 2:30: she reports she starts at Hy-Vee Monday.', 'in-person'],
  ]);
});

describe('reached someone else: no contact with the participant', () => {
  doesNotCount([
    "Reached client's sister 3/4 who said client moved to Texas.",
    "Reached client's mom 3/4; client moved to Texas, no forwarding number.",
    "TC 3/4 reached client's roommate, who says client moved out.",
    "Reached client's brother 3/4, said she's in the hospital.",
    "Got hold of client's husband 3/4; client is at work, will call back.",
    "Reached client's grandma 3/4 - client moved to KC; gave me a new number.",
  ]);
});

describe('more voices: no contact with the participant', () => {
  doesNotCount([
    "Writer placed a call to the participant on 3/4/2026; the participant's voicemail greeting was lengthy and the writer disconnected before the tone.",
    'ph cust 3/4 - vm greeting only, mbox full.',
    'i call client 3/4 her phone answer little girl, she say mama not here.',
    "Customer's representative payee contacted this writer on 3/4 regarding the customer's benefits.",
    'The participant was invited to attend the interdisciplinary team meeting on 3/4; attendance was not recorded.',
    'Staffed w/ sup 3/4 re cust ITA, approved.',
    'Per job log, cust ncns 3/3, 3/4.',
    'Auto-generated: text reminder sent to participant 3/4 for appt 3/6.',
    'Emailed cust 3/4. Out of office msg received.',
    'PO Garcia called writer 3/4 and stated the participant is compliant and employed full time at Tyson.',
    '3/4 - client in lobby, left b4 seen.',
    "Spoke to client's sister 3/4: client moved to TX, works at a Walmart there, 40 hrs.",
    "This writer attempted to verify the participant's employment by telephone on 3/4/2026.",
    'TC w/ client 3/4? no - wrong number.',
    'Texted cust 3/4, she replied 👍 to the group chat, not to me.',
    "Client's mom texted 3/4: 👍",
    "Spoke w/ client's guardian ad litem 3/4 re: court date.",
    'Bulk SMS via Signal Vine 3/4: "Reminder: job fair Thurs!" sent to 142 participants.',
    'VM greeting 3/4 said "the person you are calling is not available". No msg.',
    "Client's kid answered 3/4 and hung up on me.",
    "Staff meeting 3/4, discussed client's lack of contact; will send letter.",
    'Case conference 3/4 - client invited (letter sent 2/20); PO and VR present.',
    "Called Hy-Vee HR 3/4 to verify client's employment: confirmed, 32 hrs/wk.",
    'Called the Hy-Vee store 3/4, discussed her hours.',
    'Ameren replied to my e-mail 3/4: her account is past due.',
    'Tom texted back 3/4 for his daughter: she got the job at Target.',
    'TC w/ Hy-Vee 3/4 - discussed job search.',
    "TC 3/4 - discussed her son's job search.",
  ]);
});

describe('a payee named as the alternate contact: an alternate contact with progress, by phone, counts in Missouri only', () => {
  it.each([
    "TC w/ client's rep payee, her alternate contact, 3/4: client started at Tyson 3/1, 32 hrs/wk at $15.50/hr.",
  ])('%s', (text) =>
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(pack === 'mo-dwd-toolbox');
      expect(v.party, pack).toBe('alternate');
    }),
  );
});

