/**
 * A tally of tries is no contact: an attempt word right after a channel or a contact word ("TC attempts x3", "Phone
 * contact attempts: 2", "Home visit attempts: 3/4, 3/6", "TC tries", "TC efforts"), or a label that heads a list of
 * tries ("Attempts:", "Attempts made:", "Follow-up attempts -", "Outreach log:"), in either pack. A contact reached
 * after tries still counts: "after 3 attempts, reached client", "spoke with her after two attempts", "on the third
 * attempt", and someone's efforts or tries at school or work are news, not our tries. (The reviewer's own rows are in
 * review-attempt-tallies.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { statedContacts } from '../../lib/policy/stated-contact';
import { tokenize } from '../../lib/text/tokenize';
import { counts, doesNotCount } from './both-packs';

const TALLIES = [
  // An attempt word after the channel or the contact it counts.
    'TC attempts x3.',
    'TC attempts #1-#3: 3/4, 3/6, 3/8.',
    'TC attempt(s): 3/4, 3/6.',
    'TC attempts (3): 3/4, 3/6, 3/8.',
    'Monthly TC attempts: 3.',
    'TC tries x2 (3/4, 3/6).',
    'TC try 3/4.',
    'TC efforts this month: 3.',
    'TC attempt #2 3/6.',
    '2nd TC attempt 3/6.',
    'TC 3/4 attempt #1, TC 3/6 attempt #2.',
    'Telephone contact attempts 3/4, 3/6.',
    'Contacts this month: 0. Phone contact attempts: 2.',
    'Phone contact attempts #1-#3 completed 3/4-3/8.',
    'Call attempts: 3 (3/4, 3/6, 3/8).',
    'Call attempts x3, VM x3.',
    'Phone attempts 3/4 and 3/6.',
    'Home visit attempts: 3/4, 3/6.',
    'OV attempts: 2.',
    'Zoom attempts: 3/4, 3/6.',
    'In-person attempts: HV 3/4, HV 3/6.',
    'TC attempts 3/4, 3/6 - VM x2.',
    'TC attempts: 3/4 (VM), 3/6 (VM), 3/8 (no answer).',
    'Voicemails left: 3 (3/4, 3/6, 3/8).',
    // A label over a list of tries.
    'Attempts - TC 3/4, TC 3/6.',
    'Attempts made: TC 3/4; TC 3/6.',
    'Attempts x3: TC 3/4, TC 3/6, TC 3/8.',
    'Attempts:\nTC 3/4\nTC 3/6',
    'Contact attempts: TC 3/4, TC 3/6, text 3/8.',
    'Contact attempts this month: 3 (TC x2, home visit x1).',
    'Follow up attempts: TC 3/4, TC 3/6.',
    'Outreach attempts - TC 3/4.',
    'Outreach log:\nTC 3/4\nTC 3/6\nLetter 3/8',
    'Outreach log - TC 3/4, TC 3/6.',
    'Outreach log: TC 3/4.',
    'Attempted TCs: 3/4, 3/6.',
    // Tries before a success that reached someone else, or a machine.
    'After 3 attempt, reached her voicemail 3/4.',
    'After two attempts, reached her mother 3/4: client is at work.',
];

describe('a tally or a list of tries', () => {
  doesNotCount(TALLIES);
});

describe('the second key alone', () => {
  // A tally names a contact word but states no contact: the writer's own statement is not there either, so one key's
  // slip is not enough for a wrong "qualifies". (A list under a label on a line of its own, after a semicolon or under
  // "Outreach log:" only the reader refuses: the second key reads each entry alone.)
  const own = (text: string) => !/Outreach log|;|:\n|^After/.test(text);
  it.each(TALLIES.filter(own))('states no contact in %s', (text) => {
    expect(statedContacts(text, tokenize(text), false).map((s) => text.slice(s.start, s.end))).toEqual([]);
  });
  it.each([
    'Reached client by phone 3/4 on the third attempt: she started at Hy-Vee, 30 hrs.',
    'After 3 attempt, reached client by phone 3/4: started at Hy-Vee, 30 hrs.',
    'TC w/ client 3/4 after two attempts; she is attending daily, 95%.',
  ])('still states the contact reached after tries in %s', (text) => {
    expect(statedContacts(text, tokenize(text), false).length).toBeGreaterThan(0);
  });
});

describe('a contact reached after tries, and tries that are news', () => {
  counts([
    ['TC w/ client 3/4 after two attempts; she is attending daily, 95%.', 'telephone'],
    ['After 3 attempts, reached client by phone 3/4: started at Hy-Vee, 30 hrs.', 'telephone'],
    ['After 3 attempt, reached client by phone 3/4: started at Hy-Vee, 30 hrs.', 'telephone'],
    ['After several attempts, spoke with client by phone 3/4: she is attending daily, 95%.', 'telephone'],
    ['TC with client 3/4 (third attempts paid off) - attending daily.', 'telephone'],
    ['Finally spoke with client by phone 3/4 after two attempts: she passed her CNA exam.', 'telephone'],
    ['Spoke with client by phone 3/4 after several tries; she is attending daily, 95%.', 'telephone'],
    ['Spoke with client by phone 3/4 after my third attempt; she passed her CNA exam.', 'telephone'],
    ['Reached client by phone 3/4 on the third attempt: she started at Hy-Vee, 30 hrs.', 'telephone'],
    ['Client called me back 3/4 after my two attempts: attending daily, 95%.', 'telephone'],
    ['Met with client 3/4: her efforts in class show, 95% attendance.', 'in-person'],
    ['Met with client in person 3/4. She tries hard in class and reports 95% attendance.', 'in-person'],
    ['TC w/ client 3/4: she reports her efforts paid off, hired at Target, 32 hrs/wk.', 'telephone'],
    ['Office visit w/ client 3/4: discussed her job search efforts; 5 applications, 1 interview.', 'in-person'],
    ['TC w/ client 3/4: she attempts the CNA exam again 3/20; attending review class daily.', 'telephone'],
    ['Met with client 3/4. After two failed attempts she passed her CDL road test.', 'in-person'],
    ['TC w/ client 3/4 - on her third try she passed the CNA exam.', 'telephone'],
    ['Spoke with client by phone 3/4; her attempts to find childcare worked out, attending class daily.', 'telephone'],
    ['Home visit 3/4, met with client: her efforts on the GED are paying off, passed math.', 'in-person'],
    ['Contact log: TC w/ client 3/4 - attending daily, 95%.', 'telephone'],
    // A street team's outreach is where it meets people: "Outreach" alone heads contacts too.
    ['Street outreach 3/4: met client at the camp under the bridge, she reports she started at the shelter kitchen, 20 hrs.', 'in-person'],
    ['Outreach: Saw client at the library 3/4; she reports she is attending GED class.', 'in-person'],
    ['Outreach log: 3/4 met with client at the day center - attending GED class daily.', 'in-person'],
    ['Outreach efforts: met with client at camp 3/4, she enrolled in CNA, attending daily.', 'in-person'],
    ['Outreach:\nMet with client at the camp 3/4, she started at Hy-Vee 30 hrs.', 'in-person'],
    ['Outreach - talked with client at the shelter 3/4, she starts at Tyson Monday, 40 hrs.', 'in-person'],
    // A label of tries covers its own sentence, and a contact told under it still counts.
    ['Attempts: TC 3/2 NA. TC w/ client 3/4, she reports attending daily, 95%.', 'telephone'],
    ['Attempts: TC 3/2 NA; spoke with client by phone 3/4, attending daily, 95%.', 'telephone'],
    ['Attempts:\nTC 3/2 NA\nSpoke with client by phone 3/4: attending daily, 95%.', 'telephone'],
  ]);
});
