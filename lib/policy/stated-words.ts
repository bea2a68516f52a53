/**
 * The small, closed vocabulary of the stated-contact recogniser (lib/policy/stated-contact.ts). Kept apart from
 * the event reader's vocabulary (lib/text/vocabulary-*.ts) on purpose: the recogniser is a second, independent
 * key, so a word list tuned for the reader must not widen what it accepts. Phrases are lower-case words as the
 * tokenizer gives them ("w/" is "w", "e-mail" is "e mail", "t/c" is "t c").
 */
import { phraseList, type PhraseList } from '../text/phrase-table';

/** Words naming the participant. */
export const PARTICIPANT = words(
  'participant participants ptcp ppt pt cust cst customer customers client clnt clt cl youth yth jobseeker enrollee student trainee claimant veteran vet applicant costumer participante cliente clienta',
  'job seeker',
);
/** The writer, as the subject of a sentence ("I met with", "CM spoke to", "This writer called"). */
export const WRITER = words(
  'i we cm cw ccm writer counselor navigator staff undersigned',
  'this writer|the writer|case manager|the case manager|this case manager|career advisor|career counselor|employment counselor|career coach|career navigator|this cm|this counselor|wioa staff|the undersigned|career planner|employment specialist|c m|this staff|staff member|r w|reporting writer|this reporting writer',
);
/** People who are not the participant: providers, alternates, anyone else. */
export const SOMEONE = words(
  'instructor instr instructors teacher school employer supervisor trainer registrar dean professor tutor principal manager mgr director owner foreman boss recruiter payroll hr coordinator advisor adviser counselor preceptor admissions bursar college university academy provider ' +
    'mother mom father dad parent parents spouse wife husband guardian grandmother grandma grandfather grandpa gma aunt uncle sister brother sibling girlfriend boyfriend fiance fiancee roommate son daughter nephew niece cousin partner relative housemate child kid family ' +
    'officer caseworker worker landlord attorney lawyer therapist receptionist desk stranger neighbor neighbour someone somebody advocate classmate coworker caregiver agent interpreter sponsor nurse doctor physician pastor friend man woman lady guy team rep representative liaison ' +
    'sergeant lieutenant captain detective reverend deputy sheriff trooper judge chaplain priest minister dispatcher',
);
/** Courtesy titles before a surname ("Mr. Ortiz"; "Bro. Kowalski", "Sis. Lee" as union members address each other). */
export const TITLE = words('mr mrs ms mx sis bro');
/** Titles of office, abbreviated, before a surname ("Sgt. Miller", "Rev. Jones", "Dr. Patel"): someone else, never the participant. */
export const OFFICE_TITLE = words('sgt lt capt cpt det rev dr fr dep ofc prof atty supt');
/** Pronouns that may stand for the participant once nobody else is in view. */
export const PRONOUN = words('she he they her him them');

/** Two-way on their face, in the writer's voice: "met with", "spoke to", "reached". */
export const STRONG_VERB = words('conferred platicamos hablamos met meet spoke spoken speak spk spke talked talk tlkd conversed chatted visited saw reached interviewed hable hablé', 'caught up|got ahold of|got hold of|got a hold of|got through to|sat down|connected with|connected by|s w');
/** Contact verbs that do not say anyone answered: they need the participant's side after them. */
export const WEAK_VERB = words('called call cld calld phoned telephoned contacted texted txtd txt text emailed em messaged mailed wrote sent dialed facetimed zoomed skyped videocalled', 'e mailed|reached out|f u|e mail|face timed|video called|video chatted');
/** A written reply opening its sentence with no sender named ("Replied she passed"), after the writer's own message. */
export const REPLIED = words('replied responded', 'wrote back|texted back|emailed back|e mailed back|replied back|txtd back|texted me back|emailed me back');
/** The writer's written message that such a reply answers ("Texted her 3/4 …", "E-mailed re: FAFSA"). */
export const WROTE = words('texted txtd txt emailed em messaged', 'e mailed|sent a text|sent an email|sent an e mail');
/** Verbs that say nothing about a channel or a counterpart: a contact only with a channel stated in the sentence. */
export const GENERIC_VERB = words('assisted helped worked provided', 'checked in|check in|touched base|followed up');
/** Talk verbs: "discussed her classes with client", "reviewed the plan with cust". */
export const TALK_VERB = words('discussed reviewed addressed', 'went over');
/** Verbs that take a contact noun: "had a phone call with", "completed an office visit with", "received an e-mail from". */
export const NOUN_VERB = words("had held conducted completed did made received got returned recd rec'd recvd rcvd rcv'd rec");
/** "Received" after a written message's name ("E-mail rec'd from client", "Text recvd 7/8 from youth"): it came to us. */
export const RECEIVED = words("received rec'd recd rcvd recvd rcv'd");
/** Contact nouns that mean the contact took place ("TC w/ cust", "OV with P", "phone call with Renee", "e-mail from client"). */
export const STRONG_NOUN = words(
  'tc pc ov hv f2f zoom facetime conversation conv cb ph',
  't c|phone call|telephone call|phone conversation|telephone conversation|phone conference|telephone conference|telephonic conference|phone contact|telephone contact|telephonic contact|office visit|home visit|home vst|site visit|worksite visit|work site visit|in person|in persn|face to face|video call|video visit|video meeting|zoom call|zoom meeting|teams call|teams meeting|virtual meeting|in person meeting|in person visit|video conference|video chat|vid chat|vid call|teams video|zoom video|conference call|in office|in the office|ofc visit|office appt|office appointment|walk in',
);
/**
 * Channel words used as a noun that name a contact only with their counterpart after them ("Phone 5/12 w/ client",
 * "Zoom 4/21 with cust"): alone ("Phone: 555-0142", "Video sent") they say nothing happened.
 */
export const CHANNEL_NOUN = words('phone telephone tele ph video zoom teams facetime skype webex', 'google meet|teams video|zoom video|ms teams|microsoft teams');
/** Words of when and how long between a channel noun and its "with" ("Telephone 3/4 (25 min) with"). */
export const WHEN_LONG = words('am pm a m p min mins minutes hr hrs hour hours');
/** Contact nouns that may be planned or one-sided: they need the participant's side after them. */
export const WEAK_NOUN = words('call contact meeting mtg appointment appt visit vst session email em text txt letter message msg reply response conference chat staffing', 'check in|e mail|text message');
/** Nouns that name a written message from someone: with "from" they are a reply ("e-mail from client: passed"). */
export const WRITTEN_NOUN = words('email text txt letter message msg reply response em', 'e mail|text message');
/** Words that may stand before a contact noun ("monthly TC", "brief phone call"). */
export const NOUN_ADJ = words('a an the team joint monthly quarterly weekly successful follow up followup f u fu initial brief short lengthy inbound relay case management cm regular routine 30 60 90 day phone telephone telephonic telephon tele ph phn virtual video in person my our worksite work site wex ojt dw taa dvop lver resea youth adult enrollment intake teams zoom good cause ita esl program employment career planning');

/** The participant's side: they said or did something, so someone answered. */
export const SPEECH = words(
  'reports reported reporting rpts rprts reprts states stated sts said says sd say shared told attested affirmed indicated informed confirmed explained advised expressed mentioned asked requested agreed answered replied responded discussed updated disclosed stating',
  'let me know|let cm know|let writer know',
);
/** The participant's own state right after a contact ("cust is working", "she passed"). */
export const STATE = words('is was has had are have got started passed completed finished failed attending atnding attnding attends attended working wrkng works obtained enrolled graduated needs wants plans feels returned picked doing brought showed gave provided turned submitted presented furnished bring finish pass', 'is doing');
/** Verbs the participant does toward us: "cust called", "client came in", "she replied". */
export const IN_VERB = words(
  "called cld calld phoned replied responded answered answer emailed emld texted txtd messaged wrote contacted returned rtn rtnd rtn'd ret'd retd visited cb appeared joined conferred facetimed zoomed skyped videocalled",
  'came in|came into|came to|came by|come in|comes in|stopped by|stopped in|walked in|dropped by|dropped in|reported to|called back|r c|cld bk|called in|wrote back|emailed back|texted back|txtd bk|e mailed|met with|spoke with|spoke to|talked with|talked to|reached out|attended|atnd|atnded|come to|is come|emld back|txt back|mailed back|conferred with|called me back|replied back|sent me|send me|me llamó|me llamo|vino|got on|came to the phone|came on|took the phone|on camera|on video|on screen|face timed|video called|zoomed in',
);
/** What a participant's attending must be, to be a contact with us. */
export const ATTENDED = words('ov appointment appt', 'office visit|scheduled appointment|appointment with|meeting with|mtg with');
/** After "came to" / "called": the places that are ours. */
export const OUR_PLACE = words('office ofc oficina center ajc jc wfc lobby reception', 'job center|career center|workforce center|the office|our office|the center|the ajc|the job center|the career center|the workforce center|our center|the wfc|front desk|front counter|my desk|my office|cm desk');
/** "returned", however it is shortened. */
export const RETURNED = words("returned rtn rtnd rtn'd ret'd retd");
/** Words before an attempt word that make it ours being answered ("returned my VM", "after my voicemail"). */
export const ANSWERS = words("returned rtn rtnd rtn'd after my cm's to response reply following prior previous earlier");
/** Words the participant's verb may take before its object ("called back", "came in today"). */
export const IN_FILLER = words('back bk in again today me us');

/** Words that may come before the writer's verb without making it someone else's, planned or negated. */
export const PREFIX = words('on today tdy this date morning afternoon evening am pm a m p yesterday then also finally later subsequently successfully briefly again eventually ultimately st nd rd th at and during the la el addendum late entry to for correction approximately approx hours hrs', 'was able to|were able to|has|have|had');
/** A label before a colon that makes what follows not this note's contact (a plan, a history, a to-do). */
export const PLAN_LABEL = words('plan plans next follow fu f goal goals todo task tasks reminder scheduled upcoming prior previous history last copied carried template action pending needs need future tickler due steps outstanding', 'to do|still to do');
/** A pasted message's or thread's writer-side label ("CM:", "me:", "Counselor (3/2):"). */
export const WRITER_LABEL = words('cm me counselor staff cw writer i', 'case manager|career counselor|this writer');
/** A texting platform's direction marks at a line's start ("OUT 3/4 9:15 AM:", "3/9 INBOUND:"); arrows are read as characters. */
export const OUT_MARK = words('out outbound');
export const IN_MARK = words('in inbound');
/** A time's words between a direction mark and its colon ("11:02 AM"). */
export const CLOCK = words('am pm a m p');
/** An incoming line no person wrote, or a refusal ("STOP", "Auto-reply: I'm driving"). */
export const NOT_A_PERSON = words('stop unsubscribe undeliverable', 'auto reply|automatic reply|out of office|do not disturb');
/** A label that says whose words follow (a pasted message): their "I" is not the writer's. */
export const FOREIGN_LABEL = words('from sender subject re fw fwd');
/** Failed or one-sided: an attempt after the contact takes it back ("TC w/ cust - NA", "called cust, lm"). */
export const ATTEMPT = words(
  'na lm lmom lvm vm voicemail unavailable unreachable disconnected busy attempted attempt atmpt tried undeliverable',
  "no answer|no ans|left message|left a message|left msg|lft msg|left word|left vm|left a vm|voice mail|no response|no reply|no rply|no rspns|not available|did not answer|didn't answer|no show|did not show|didn't show|wrong number|wrong no|mailbox full|vm full|no one home|nobody home|not home|returned mail|unable to reach|not reached|could not reach|couldn't reach|not answer|rang out|went to voicemail|did not see|didn't see|no contact|not documented|not recorded|not received|never received|not on file|not answering|not picking up|message was left|msg was left|voicemail was left|vm was left",
);
/** Words that count tries after the contact they count ("TC attempts: 3", "Phone contact tries"): a tally, no contact. */
export const TALLY = words('attempts attempt tries try efforts effort atmpts');
/** Contact words a tally counts ("TC", "phone contact", "home visit", "call"). */
export const TALLIED = words('tc pc ov hv contact contacts call calls phone telephone visit visits vst zoom teams video outreach person');
/** A label over a list of tries ("Attempts:", "Follow-up attempts -"); not "Outreach:", a street team's contacts too. */
export const TRIES_LABEL = words('attempts attempt tries atmpts');
/** An invitation sent is a contact still to come ("Sent Google Meet invite for 3/25"). */
export const INVITE = words('invite invites invitation link');
/** Words that open someone else's report ("Per DVOP Harlan: he met w/ customer", "According to the instructor, …"). */
export const REPORTED_BY = words('per', 'according to|as per');
/** A call centre's code for reaching the person asked for ("Outcome: Contacted — RPC"), as against "TPC", a third party. */
export const RIGHT_PARTY = words('rpc', 'right party contact|right party|right party reached');
/** What someone comes by to do without anyone talking with them ("came by to pick up the bus pass"). */
export const ERRAND = words('pick pickup picked drop dropped turn turned sign signed get grab use print fax copy scan submit deliver leave', 'fill out');
/** The participant's news, besides STATE's verbs ("Cust on track to finish in June"). */
export const NEWS = words('', 'on track|is on track|still attending|still working');
/**
 * Verbs of arriving ("came at 10:15", "arrived for the OV", "showed up for his appointment"): the participant's
 * arrival with us only when a time, our appointment or our place ends it (stated-subject.ts).
 */
export const ARRIVE = words('arrived', 'came at|showed up');
/** Verbs of joining something at a distance or in a room ("joined", "Zoomed into", "called in to"): with us only when it is ours. */
export const JOIN_VERB = words('joined zoomed facetimed skyped videocalled dialed dialled attended', 'zoomed in|called in|logged on|logged in|logged into|face timed|video called|sat in|took part|participated');
/** Someone else's event, class or hearing the participant joins ("the resume workshop", "the CNA info session", "his IEP meeting"). */
export const EVENT_NOUN = words('workshop workshops orientation class classes course session webinar seminar tour interview hearing intake training lecture fair fairs', 'job club|open house|hiring event|info session');
/** Verbs for someone's coming to us: with an errand after them they need someone to talk before they count. */
export const CAME = words('arrived', 'came in|came into|came to|came by|come in|comes in|stopped by|stopped in|walked in|dropped by|dropped in|come to|is come|came at|showed up');

/** Words before a verb that make it planned, asked, negated or conditional. */
export const NOT_MADE = words("will would should could may might must need needs to not never no unable if unless when try trying tried attempt attempted attempting plan plans planned scheduled schedule going want wants please did didn't don't can't cannot won't");
/** Channel words that let a generic verb ("checked in with client") state a contact. */
export const CHANNEL = words('phone telephone tc ov zoom teams facetime video', 'in person|face to face|by phone|over the phone|on the phone|in the office|at the office|office visit|home visit');
export const MONTH_DAY = words('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun');
/** Words after a name that make it an organisation or a place ("Acme Staffing", "Lincoln College"). */
export const ORG = words('inc llc corp company co college university school center centre hospital clinic staffing services department dept office bank group industries manufacturing mfg foods health academy institute program agency church shelter housing court county city state workforce jobs career store plant');

/**
 * A phrase set keyed by first word: each entry lists the phrases (as word arrays) that start with it, longest first.
 * `single` words are one-word phrases; `multi` is '|'-separated ('' for none), its phrases space-separated. The sets
 * are found in a note in one pass, all together (lib/text/phrase-table.ts); what they hold is this file's alone.
 */
export type Phrases = PhraseList;
export function words(single: string, multi = ''): Phrases {
  const all: string[][] = [];
  const seen = new Set<string>();
  const add = (p: string[]) => {
    // A phrase listed twice is a slip that hides which list a word really belongs to.
    if (seen.has(p.join(' '))) throw new Error(`stated-words: "${p.join(' ')}" is listed twice`);
    seen.add(p.join(' '));
    all.push(p);
  };
  for (const w of single.split(/\s+/)) if (w) add([w]);
  for (const p of multi.split('|')) if (p.trim()) add(p.trim().split(/\s+/));
  return phraseList(all);
}
