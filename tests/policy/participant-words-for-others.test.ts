/**
 * Near-misses: a participant word ('client', 'customer', 'participant', 'youth', 'student', 'member', 'trainee') that
 * names someone else: inside an office's or a role's name ('Member Services', 'the student success coach'), as the
 * owner of someone ('the client's landlord'), as a plural or a group ('clients', 'the cohort'), or as another one of
 * them ('a fellow participant', 'a new client'). A talk with them is no contact with her, in either pack. Beside them,
 * real contacts that mention such words still count.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("an office named with a participant word", () => {
  doesNotCount([
    'Called Member Services at the credit union 3/4 about her account.',
    'Spoke with the Student Success Center at STLCC by phone 3/4.',
    'Met with the Customer Success team at Indeed 3/4 about job postings.',
    'Spoke with the Client Assistance Program by phone 3/4 about her appeal.',
    'TC w/ Participant Support at Job Corps 3/4 re: her start date.',
    "Spoke with the Youth Services Unit at Children's Division by phone 3/4.",
    'Spoke with Student Financial Services at UMSL by phone 3/4 about her aid.',
    'Met with Customer Relations at Walmart 3/4 about openings.',
    'Spoke with the Member Support line at Medicaid 3/4 about her coverage.',
    'Called the County Veterans Service Office 3/4, discussed the DD-214 request; copy will be mailed.',
  ]);
});

describe('a role named with a participant word', () => {
  doesNotCount([
    'Spoke with the customer service manager at Target by phone 3/4 about her application.',
    'Met with the student success coach at Ranken 3/4.',
    'Spoke with the member services rep at Spire by phone 3/4.',
    'TC w/ the trainee coordinator at the hospital 3/4.',
    'Spoke with the participant liaison at the training provider by phone 3/4.',
    'Met with the youth worker at the shelter 3/4.',
    'Spoke with the student adviser by phone 3/4.',
    'Spoke with a client representative at the clinic by phone 3/4.',
  ]);
});

describe("someone who belongs to the participant ('the client's landlord')", () => {
  doesNotCount([
    "Spoke with the client's mother by phone 3/4.",
    "Met with the client's landlord 3/4 about the lease.",
    "Spoke with client's probation officer by phone 3/4.",
    "TC w/ the customer's employer 3/4.",
    "Spoke with the participant's caseworker at FSD by phone 3/4.",
    "Met with the youth's guardian 3/4 at the school.",
    "Spoke with the student's instructor by phone 3/4.",
  ]);
});

describe('several of them, or a group', () => {
  doesNotCount([
    'Met with clients at the job fair 3/4.',
    'Spoke with two other clients by phone 3/4 who know her.',
    'Met with a group of customers 3/4 at the resource room.',
    'Spoke with several participants at orientation 3/4.',
    'Met with customers in the lobby 3/4 during the hiring event.',
    'Spoke with other youth at the center 3/4; none had seen her.',
    'Met with the trainees at the CNA class 3/4.',
    'Met with the cohort at orientation 3/4.',
    'Spoke with her cohort by Zoom 3/4.',
    'Met with the spring cohort 3/4 to go over the schedule.',
    'Met with members of the board 3/4.',
  ]);
});

describe('a member of something, another one of them', () => {
  doesNotCount([
    'Spoke with a member of her church by phone 3/4.',
    'Spoke with a staff member at the clinic by phone 3/4.',
    'Spoke with a household member by phone 3/4.',
    'Spoke with another trainee by phone 3/4 who rides with her.',
    'Met with a trainee from her class 3/4.',
    'Spoke with a new client by phone 3/4.',
    'Met with a prospective customer 3/4 at the job fair.',
    'Spoke with a fellow participant by phone 3/4; he says she moved.',
    'Met with a youth from the other program 3/4.',
    'Spoke with a student from her class by phone 3/4.',
    "Spoke with the client's sister, also a client, by phone 3/4.",
  ]);
});

describe('a call on her behalf', () => {
  doesNotCount([
    'Called Ameren on behalf of the customer 3/4; spoke with billing.',
    "On client's behalf, called the landlord 3/4 and spoke with the manager.",
    'Spoke with the housing authority on behalf of the participant 3/4.',
    'Called the clinic 3/4 on behalf of client and spoke with the front desk.',
    "Spoke to a nurse at the clinic 3/4 on client's behalf.",
    'Called the landlord on behalf of the participant 3/4; discussed the late rent.',
  ]);
});

describe('a talk with "a" someone: a representative, an agent', () => {
  doesNotCount(['TC w/ a rep at Spire 3/4 about her bill.', 'Called the DMV 3/4 and talked to an agent about her license.']);
});

describe('still counts: the participant reached, such words only mentioned', () => {
  counts([
    ['Met with client 3/4 in person at Member Services; she is attending class daily.', 'in-person'],
    ['Spoke with client by phone 3/4 after she called Student Financial Services; her aid is approved.', 'telephone'],
    ['Met with the youth 3/4 at the youth center: he finished his GED practice test.', 'in-person'],
    ['Spoke with the student by phone 3/4: she passed her midterm.', 'telephone'],
    ['Met with customer 3/4 in the lobby: she started at Target, 30 hrs.', 'in-person'],
    ["TC w/ client 3/4: her son's youth group leader drives her; she attends daily.", 'telephone'],
    ['Spoke with participant by phone 3/4; she and another client carpool to class, attendance 95%.', 'telephone'],
    ['Met with client in person 3/4; she joined a study group with two other students and passed her quiz.', 'in-person'],
    ['Met with customer in person 3/4: she was promoted to customer service lead.', 'in-person'],
    ['Spoke with client by phone 3/4; she is a member of the union now and works 40 hrs.', 'telephone'],
    ["Met with the participant 3/4 in person after her cohort's orientation; she is on track.", 'in-person'],
    ['Met with client in person 3/4; she works in client services at Ranken now, full time.', 'in-person'],
    ['Met with student in person 3/4: she passed the CNA exam and starts at Mercy Monday.', 'in-person'],
    ['Spoke with the client by phone 3/4 about her new job in customer care at Spectrum; 30 hrs/wk.', 'telephone'],
    ['Spoke with client by phone 3/4; she spoke with a recruiter at Tyson and starts Monday.', 'telephone'],
    ['Called client 3/4 and talked for a while: she passed her CNA exam.', 'telephone'],
    ['Client called 3/4 on her own behalf and spoke with me about her hours: 30 hrs/wk at Target.', 'telephone'],
    ['Met with client 3/4; I called Spire on her behalf while she was here. She starts at Target Monday.', 'in-person'],
    ['Spoke with client by phone 3/4; I called Ameren on her behalf afterwards. She starts work Monday.', 'telephone'],
    ['Met with client in person 3/4; she is a student at OTC now, 12 credits.', 'in-person'],
    ["Called customers cell 3/4 and spoke with her: she passed her CNA exam.", 'telephone'],
    ['Called clients cell 3/4 and spoke with her: she passed her CNA exam.', 'telephone'],
  ]);
});
