/**
 * Near-misses in new shapes (written before reading more of the reader's code): the participant's voicemail greeting
 * or auto-reply speaks for her but is no answer; a child on her phone; a text that is only a photo or an emoji with
 * no message of ours before it (a reply of "ok" or a thumbs-up to our text is the participant's response, which is
 * what both policies ask of a letter or e-mail, so it counts; its missing progress is a finding of its own); a job
 * log's no-call no-show; a system's bulk outreach stamp; a contact dated after today; an attempt "to verify"; and
 * negation in odd places. Beside each, real contacts in the same words that must still count. Both packs, no
 * contact type from the screen, a date field.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('voicemail greeting: no contact with the participant', () => {
  doesNotCount([
    'Called client 3/4; her voicemail greeting ran over a minute, hung up before the beep.',
    `TC 3/4 - client's greeting says "Hi this is Tasha, leave a message", LVM re: timesheet.`,
    'Ph call to cust 3/4: long VM greeting about her church, left msg after it to call me.',
    'Called participant 3/4. Her recorded greeting said she is at work until 5. Left VM.',
    `3/4 tried client's cell, greeting said "I'm out of town till Monday, text me". Did not leave msg.`,
    'Called Deshawn 3/4 - heard his voicemail greeting, which says he works nights; LM.',
    'Called cust on 3/4 and got her greeting (her voice, says she is in class till 3). No msg left.',
    "Phone call 3/4: client's outgoing message said she got the job at Tyson and to text instead. LVM.",
  ]);
});

describe('voicemail greeting: still counts', () => {
  counts([
    ['Called cust 3/4, her greeting started but she picked up: she starts at Hy-Vee Monday, 32 hrs.', 'telephone'],
    ['Called client 3/4 after hearing her long greeting twice; she called back 3/4 within the hour, reports she passed the CNA test.', 'telephone'],
  ]);
});

describe('auto-reply: no contact with the participant', () => {
  doesNotCount([
    'Emailed client 3/4 re: timesheet. Auto-reply: "I am out of the office until 3/10."',
    `Got an automatic reply from client's e-mail 3/4: "Thanks for your message, I will respond soon."`,
    'E-mailed cust 3/4 about FAFSA; her out-of-office reply came back.',
    `Texted cust 3/4; auto response: "I'm driving, I'll text you later."`,
    'Sent e-mail to participant 3/4 re: training. Received auto reply stating she is on vacation.',
    'Emailed Maria 3/4 re: classes - automated response only ("this mailbox is not monitored").',
    `Texted client 3/4 re: interview. Got a reply: "Sorry, I can't talk right now" (auto-text).`,
    'E-mail to client 3/4. Reply was an autoresponder.',
  ]);
});

describe('auto-reply: still counts', () => {
  counts([
    ['Emailed client 3/4; auto-reply at first, then she wrote back 3/5: she passed the CNA exam.', 'email'],
    ['E-mailed cust 3/4 re: FAFSA; cust replied 3/5 that she submitted it and starts at MACC in Aug.', 'email'],
  ]);
});

describe('phone answered by a child: no contact with the participant', () => {
  doesNotCount([
    'Called client 3/4; her phone was answered by a child who said mommy is sleeping.',
    "TC 3/4 - client's phone answered by a little boy, who hung up.",
    'Called cust 3/4, phone answered by her daughter (about 6), client not home.',
    'Called participant 3/4; a kid picked up and said she was at work. Left word to call.',
    "Client's phone answered by a child 3/4. Asked for mom; child said she is in the shower.",
    'Called client 3/4: her son answered and said she is at the store; he will tell her I called.',
  ]);
});

describe('phone answered by a child: still counts', () => {
  counts([
    ['Called client 3/4. A child answered, then client came to the phone: she passed the CNA skills test.', 'telephone'],
  ]);
});

describe('emoji / ok / photo: no contact with the participant', () => {
  doesNotCount([
    'Client texted a photo 3/4.',
    'Client sent 👍 3/4.',
    'Client texted "ok" 3/4.',
    'Got a thumbs-up emoji from client 3/4.',
    'Texted client 3/4 re: interview; message delivered, no reply.',
    'Client texted a picture of her dog 3/4.',
    'Client liked my text 3/4.',
  ]);
});

describe('emoji / ok / photo: still counts', () => {
  counts([
    ['Texted client 3/4 re: her paystub; she replied with a photo of it 3/4: 32 hrs at $15/hr.', 'email'],
    ['Texted client 3/4 re: interview Thursday 2pm; she replied 3/4 that she will be there and got her bus pass.', 'email'],
  ]);
});

describe('no-call no-show: no contact with the participant', () => {
  doesNotCount([
    'Employer reports client was a no-call no-show 3/3 and 3/4.',
    'Job log: 3/4 no call no show at Tyson.',
    'NCNS for appt 3/4.',
    'Client no-call/no-show for OV 3/4.',
    'Work experience site says client NCNS 3/4; supervisor will call me if she shows.',
    '3/4 appt - ncns. Will send letter.',
    'Client was a no call, no show 3/4 for orientation.',
  ]);
});

describe('bulk outreach stamp: no contact with the participant', () => {
  doesNotCount([
    'Mass text sent to all enrolled 3/4 re: job fair.',
    'Bulk e-mail 3/4: hiring event flyer sent to all participants on caseload.',
    'Blast text 3/4 - reminder of orientation.',
    'Group text sent 3/4 to all youth participants about summer jobs.',
    'Newsletter e-mailed 3/4 to all active customers.',
    'Mass mailing 3/4: annual survey sent to all enrolled.',
    'System: automated reminder text sent 3/4.',
    'Mass text sent to all enrolled 3/4 re: job fair; replies will be logged separately.',
  ]);
});

describe('future date: still counts', () => {
  counts([
    ['TC w/ client 11/30/2026: she reports she started at Hy-Vee.', 'telephone'],
  ]);
});

describe('attempted to verify: no contact with the participant', () => {
  doesNotCount([
    'Attempted to verify employment with client 3/4.',
    'Attempted to contact client 3/4 to verify her hours.',
    'TC attempted 3/4 to verify address.',
    'Attempted to verify enrollment with client by phone 3/4.',
    'Attempted to reach client to verify employment, 3/4.',
    'Tried to verify wages with client 3/4.',
    "Attempted contact 3/4 to verify client's start date at Tyson.",
  ]);
});

describe('attempted to verify: still counts', () => {
  counts([
    ['Called client 3/4 to verify employment: she confirmed she works at Tyson, 40 hrs/wk.', 'telephone'],
  ]);
});

describe('negation in odd places: no contact with the participant', () => {
  doesNotCount([
    'TC w/ client 3/4 - not.',
    'Not a contact: client called 3/4 and hung up before I answered.',
    'Non-contact: cust came in 3/4 for the food pantry, did not ask for me.',
    'Never did reach her, though she called back? No.',
    'Client called back 3/4? No, it was her sister.',
    'Did I reach client 3/4? No.',
    'Reached client 3/4? Not really - VM only.',
    'Thought she called back 3/4, but no, it was the school.',
    'Spoke with client 3/4 - correction: did not speak with client, it was her voicemail.',
    'Client did not call back, nor did she reply to my text 3/4.',
    'Met w/ client 3/4? No-show.',
    'Nope, no reply from client 3/4.',
    "Client's supposed callback 3/4 never came.",
  ]);
});

describe('negation in odd places: still counts', () => {
  counts([
    ['Not a contact: her sister called 3/3. Client called back 3/4: she starts at Tyson Monday, 40 hrs.', 'telephone'],
    ['TC w/ client 3/4 - not a no-show after all: she passed the CNA skills test.', 'telephone'],
    ['Called client 3/4, no answer. Not a no-show: she called back 3/4, reports she starts at Tyson Monday.', 'telephone'],
    ['Did I reach her? Yes: TC w/ client 3/4, she passed the CNA skills test.', 'telephone'],
  ]);
});

describe('a reply of ok or a thumbs-up to our text: still counts', () => {
  counts([
    ['Texted client 3/4 re: interview Thursday 2pm; she replied 👍.', 'email'],
    ['Texted client 3/4 re: interview Thursday 2pm; she replied "ok".', 'email'],
  ]);
});

