/**
 * How the reader turns classes of language into contact events, and what the
 * verdict then says. Each table is one class of wording any agency's note may
 * use; the examples were written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import { analyzeText } from '../../lib/text/analyze';

const MO = PACKS['mo-dwd-toolbox'];
const verdict = (text: string, pack = MO) => checkNote({ text }, { pack, today: '2025-06-01' });

describe('trips and drop-ins', () => {
  it.each([
    'Call to participant 5/14 went to a recording: "this number is not accepting calls at this time."',
    'Customer went to the job fair at the civic center on 4/4.',
    'Participant drove to the testing center 3/3 for her CNA skills test.',
    'Customer stopped by the front desk to drop off her timesheet; I was in a meeting and did not see her.',
  ])('does not count a trip somewhere else, or a drop-in nobody met: %s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });

  it('still counts a drop-in the writer met', () => {
    const v = verdict('Customer stopped by 4/4 and we went over her grades: B in Anatomy, A in Medical Terminology. Continue ITA.');
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('in-person');
  });

  it("reads a supervisor's meeting as the supervisor's, not the writer's absence", () => {
    const v = verdict('Met with customer at the WEX site 3/18. The site supervisor was in a meeting. She reports 60 hours in February and passed CPR. Continue WEX.');
    expect(v.qualifies).toBe(true);
  });
});

describe('phone tag, recordings and shorthand for calls', () => {
  it.each([
    ['ph cust, lvm. ph again 3/5 no ans.', 'telephone'],
    ['Customer was scheduled for an office appointment on 7/1 and did not show. No call.', 'in-person'],
    ['Tried client twice today, rang and rang, no voicemail box.', 'telephone'],
  ])('%s → an attempt by %s', (text, type) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.contactType).toBe(type);
    expect(v.reason?.outcome).toBe('attempt');
  });

  it.each([
    'We finally connected by phone on 3/8 after a week of missed calls. He has applied to six jobs and has an interview on 3/12. Continue services.',
    'Customer answered and we talked about his job search: five applications, one interview on 3/20. Continue job search services.',
    'cb from clt 5/5, rtn call, she is wrkng 30 hrs @ Cub, $16/hr. cont follow-up.',
  ])('counts a call that connected: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('telephone');
    expect(v.party).toBe('participant');
  });

  it('reads "$16/hr" as a wage, not as human resources', () => {
    expect(analyzeText('She is working 30 hrs at $16/hr.').parties).toEqual([]);
  });

  it.each([
    'Left message with the front desk at the shelter asking client to call me.',
    'Called cust at work; the receptionist took a message.',
  ])('a message left with someone else is still an attempt to reach the participant: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.party).toBe('participant');
  });

  it('someone who tells you the participant moved is who you reached', () => {
    const v = verdict('Drove to the address on file 10/12. Neighbor said the family moved out last month.');
    expect(v.qualifies).toBe(false);
    expect(v.party).toBe('other');
  });
});

describe("someone else's tries, told in their speech", () => {
  it.each([
    "Cust's mother called CM 4/2. She said she tried calling the school but no one answered. She did not know how cust is doing.",
    'TC with youth\'s grandmother 5/17: she says youth tried calling the recruiter, no answer.',
  ])('are not the writer\'s unsuccessful attempt: %s', (text) => {
    const v = verdict(text);
    expect(v.findings.some((f) => f.rule === 'unsuccessful-attempt')).toBe(false);
    expect(v.reason?.outcome).toBe('connected');
  });
});

describe('plans', () => {
  it.each(['Plan: TC with customer 9/1 re: clinicals.', 'Plan - OV 8/14 to review ISS.'])('a labelled plan is not a contact: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.reason?.outcome).toBe('planned');
  });

  it('"the plan" as a topic does not make a contact a plan', () => {
    expect(verdict('TC w/ cust 3/3 to review the plan; she is attending daily and passed module 2. Continue ITA.').qualifies).toBe(true);
  });
});

describe('forms with labelled fields', () => {
  it.each([
    ['Contact Type: Phone\nContact With: Client\nResults: No change.\nNext Contact: 5/1', 'telephone', true],
    ['Contact Type: Video (Teams)\nResults: Client finished first semester, GPA 3.4, registered for spring.', 'telephone', true],
    ['Contact Type: Telephone | Reference Date: 2/3/25\nCalled cust re: progress. Line disconnected.', 'telephone', false],
    ['Contact Type: In Person\nOutcome: Met w/ cust at job center, she passed her CNA skills test. Continue ITA.', 'in-person', true],
    ['Contact Type: Phone\nOutcome: No answer - left voicemail for customer\nNext Steps: Try again Thurs 2/20; mail 90-day letter if no contact by 3/1.', 'telephone', false],
  ])('"Contact Type:" names the channel of the contact the form records: %s', (text, type, qualifies) => {
    const v = verdict(text);
    expect(v.contactType).toBe(type);
    expect(v.qualifies).toBe(qualifies);
  });

  it('a provider contact in a form stands apart from the participant\'s unreturned calls', () => {
    const v = verdict(
      'Contact Type: Phone\nContact With: Training provider (Ozarks Tech nursing dept)\nReason: Cust did not return 2 calls\nProgress: Cust attending all clinicals, 82% avg in Med-Surg, 1 absence this term\nJustification: continue ITA',
    );
    expect(v.party).toBe('provider');
    expect(v.qualifies).toBe(true);
  });

  it('an alternate contact reached through a form takes the form\'s channel', () => {
    const v = verdict('Contact Type: Phone\nContact With: Alternate contact (sister)\nNotes: Cust unavailable. Sister says cust is still going to classes but she does not know grades or hours.');
    expect(v.contactType).toBe('telephone');
    expect(v.party).toBe('alternate');
    expect(v.qualifies).toBe(false);
  });
});

describe('who a contact was with', () => {
  it.each([
    ['JVSR called Ameren HR 5/5 re: OJT. HR would only confirm he is still employed.', 'provider', false],
    ['Employer contact 5/15: talked with Jen (manager, Cenex) by phone. Youth works 15 hrs/wk, always on time.', 'provider', false],
    ['Vet came in for DVOP appt 11/5. Discussed VA Voc Rehab status. Vet has applied to 6 jobs with 1 interview. Continue services.', 'participant', true],
  ])('%s → %s', (text, party, qualifies) => {
    const v = verdict(text);
    expect(v.party).toBe(party);
    expect(v.qualifies).toBe(qualifies);
  });

  it('an e-mail sent asking for a call back was sent, not planned', () => {
    const v = verdict('Called client 3/5, no answer, left VM. Emailed 3/6 asking for a call back.');
    expect(v.contactType).toBe('email');
    expect(v.findings.some((f) => f.rule === 'response-pending')).toBe(true);
  });

  it('coming to our office is a visit; coming to class is not', () => {
    expect(verdict('Kaylee came to the Thief River Falls WorkForce Center on 4/9 and showed me her report card: 2 absences, B average.').contactType).toBe('in-person');
    expect(verdict('Per the attendance sheet, Kaylee came to class every day this week.').qualifies).toBe(false);
  });
});

describe('messages that came in', () => {
  it('a message that only asks for a call is not a reply', () => {
    const v = verdict('Text from client 4/20 at 2am: "call me." CM called 4/20 at 9am, NA; texted "call me when you can." No reply.', PACKS['mn-wf1']);
    expect(v.qualifies).toBe(false);
  });

  it('a message with their news is their reply', () => {
    expect(verdict('Email from client 1/8: "Doing good, passed my midterm."').qualifies).toBe(true);
  });

  it("what a relayed message says is not a conversation", () => {
    const v = verdict('cust rtn call 6/2 while i was in mtg, rcpt took msg - cust says she passed state boards. will cb tmrw');
    expect(v.qualifies).toBe(false);
    expect(v.reason?.outcome).toBe('attempt');
  });
});

describe('history, ESL phrasing and who was there', () => {
  it('a contact told as history is not this note\'s contact', () => {
    const v = verdict('Preparing for the 90-day review set for 6/18. His last contact was an office visit on 3/20, at which he reported a B average.');
    expect(v.qualifies).toBe(false);
  });

  it.each([
    'Customer phone is not work, the message say number is disconnect.',
    'I go to client house 4/8 for home visit, nobody open door.',
    'wrong # on file - guy answered said no one by that name. need upd ph #',
  ])('an attempt in any phrasing: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.reason?.outcome).toBe('attempt');
  });

  it('a request without "to" is a request', () => {
    const v = verdict('Client mother call me 2/25, she say client is start new job at Walmart last week. I ask client call me.', PACKS['mn-wf1']);
    expect(v.qualifies).toBe(false);
    expect(v.party).toBe('alternate');
  });

  it("a spouse's word that she doesn't know more is not substantive", () => {
    expect(verdict("Talk with customer wife by phone 4/1. She say he go to class every night and he pass the first exam. She don't know more.").qualifies).toBe(false);
  });

  it('the first person a sentence names is who made the contact', () => {
    const v = verdict("The participant's spouse contacted the undersigned by telephone on April 30, 2025, and advised that the participant completed his road examination.", PACKS['mn-wf1']);
    expect(v.party).toBe('alternate');
    expect(v.qualifies).toBe(false);
  });

  it.each([
    ['WEX site visit 3/11. Client was out on a plow route; talked with supervisor Gary, who says client works every scheduled shift.', 'provider', false],
    ['Worksite visit 5/20 at the ReStore. Met with participant and her supervisor, Jim; she is working 20 hrs/wk, on time every day.', 'participant', true],
  ])('a site visit is with the participant only when they were there: %s', (text, party, qualifies) => {
    const v = verdict(text, PACKS['mn-wf1']);
    expect(v.party).toBe(party);
    expect(v.qualifies).toBe(qualifies);
  });

  it('a visit planned with someone is planned', () => {
    expect(verdict('Site visit with client planned 6/3 at Bemidji Woolen Mills WEX.').reason?.outcome).toBe('planned');
  });

  it('a meeting the participant attended took place', () => {
    expect(verdict('pt atnd mtg 3/19 @ ofc, pt withdrw frm lpn prgm 3/14, lkng for wrk, 4 apps snt.', PACKS['mn-wf1']).qualifies).toBe(true);
  });
});

describe('plain, present-tense and formal phrasings of a contact', () => {
  it.each([
    ['Meet customer in job center 4/10. We talk about his problem with car, he pass the 3G test. Give him gas card, continue ITA.', 'in-person'],
    ['Client is come to office 3/25, she bring certificate of Phlebotomy, she pass exam with 88. Continue.', 'in-person'],
    ['Customer answer my email 3/22, he say he have B in all class. We continue the training with ITA.', 'email'],
    ['f2f @ jc 7/15 cust not a no show, came in late 10:40. turned in grades A A B. cont ita fall term.', 'in-person'],
    ['cb from cust 10/1 - rtn my lvm from 9/30. wk 10 of welding, 3g passed. att 100%. cont ita.', 'telephone'],
    ['ph w cust 5/9 ok, attending, passed module 2. cont ita', 'telephone'],
    ['The undersigned conducted a telephonic conference with the customer on March 4, 2025. Customer attested to full attendance and a 3.2 GPA. Continued ITA funding is warranted.', 'telephone'],
    ['cm spoke w cust at walmart parking lot 9/5 (ran into her) - 60 of 100 sticks done, on track. cont ita', 'in-person'],
  ])('%s → a %s contact', (text, type) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe(type);
  });

  it.each([
    'A telephonic contact with the customer is scheduled for June 3, 2025, at which time the undersigned will review progress.',
    'Tuition, books and the background check come to $4,850. CM will meet with her on 3/3 to sign the IEP.',
    'She said she could come to the office next week; before she can meet with the employer she needs a ride.',
    'She ran into trouble with childcare this month and missed two classes.',
  ])('a plan or a sum is not a contact: %s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });

  it('a worksite visit where the participant joined the supervisor was with the participant', () => {
    const v = verdict('OJT monitoring visit 3/20 at Precision Machine. Participant was on break and joined CM and the plant manager. Blueprint reading signed off; wage $18/hr, 40 hrs/wk. Continue OJT to 5/30.');
    expect(v.party).toBe('participant');
    expect(v.qualifies).toBe(true);
  });

  it('a worksite visit where the participant was not scheduled was with the supervisor', () => {
    const v = verdict('Worksite visit 3/13. Cust was not scheduled today; spoke with supervisor only. Supervisor reports cust worked 62 of 64 hours and passed forklift safety. WEX continues.');
    expect(v.party).toBe('provider');
    expect(v.contactType).toBe('in-person');
  });
});

describe('pasted message threads', () => {
  it.each([
    'Text thread 3/2-3/3:\nCM (3/2 4:10p): Hi Maria, checking in on your CNA class. How is it going?\nMaria (3/3 7:02a): good!! passed my skills check yesterday, 2 weeks left\nContinue ITA through completion 3/17 per IEP.',
    'Email chain:\nFrom CM 4/7: Please send your timesheets for March WEX.\nFrom cust 4/8: Attached. I worked 76 hours at the library.\nContinue WEX through 6/30 per IEP.',
    "Text convo 3/4:\nme: hi its Jess from WFC, monthly check in - how's school?\nclient: good, got an A on my anatomy midterm\nISS reviewed.",
  ])('the other side writing back is a two-way written exchange: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('email');
    expect(v.party).toBe('participant');
  });

  it.each([
    'Texts:\nCM (3/8): Hi James, please call me about your ITA.\nCM (3/10): James, please call or text me back.\n(no reply)',
    'Contact Type: Phone\nOutcome: No answer - left voicemail\nNotes: will try again',
  ])('only the writer\'s lines, or a form\'s fields, are no reply: %s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });
});

describe('facts stated passively are no one talking', () => {
  it.each([
    'Phone number on file is wrong - a man answered, no one there by that name. Need new ph # Address verified.',
    'need upd ph # Employment confirmed',
    'TC attempt, cell ph Attendance noted',
  ])('a thing verified after a phone word does not make a call connect: %s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });

  it.each(['TC w/ cust 5/5, verified she started at Cub Foods 30 hrs/wk. Continue services.', 'Called client; client confirmed she passed her CNA exam. Continue services.'])(
    'a person who verifies or confirms during a call still counts: %s',
    (text) => {
      expect(verdict(text).qualifies).toBe(true);
    },
  );
});
