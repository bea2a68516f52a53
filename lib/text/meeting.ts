/**
 * What came of a contact event for us: whether the participant's arrival, our visit or a call was a meeting with us
 * (`met`), or something the note itself says was none. Read over the event's own part of the note: from the sentence
 * it opens in up to where the next event opens (so "came in and left her timesheet; called her 3/3, no answer" keeps
 * the errand with the arrival, and "call dropped; she called back and we discussed …" keeps the drop with the first call).
 *
 *   someone-else  the arrival was for an appointment or interview with someone not us ("for her appointment with DHS",
 *                 "for his SNAP interview") or for an event ("for the job fair", "for the hiring event");
 *   not-held      the arrival's sentence says the meeting did not happen ("office was closed", "cancelled", "rescheduled"),
 *                 a sentence in its part denies any talk ("Did not get to talk"), a no-show ("client did not report.") or
 *                 is only "Negative contact.",
 *                 or the event's whole sentence says our side was not there to meet ("CM was in a staffing", "I had already
 *                 left for the day", "CM double-booked"): only our talk with the participant in its part re-opens that;
 *   errand        a past errand verb coordinated after the arrival ("came in 3/2 and left her timesheet", "picked up a gas card");
 *   reception     our receptionist or front desk did the talking or the handing over;
 *   dropped       a call whose outcome is that it dropped ("dropped after the first ring").
 *
 * Any of these gives way to a talk *with the participant* in the same part: one of ours as its subject (or nobody, as
 * in "Reviewed her IEP"), and nobody else named as whom it was with ("We discussed her case with DHS", "I explained the
 * delay to her caseworker", "DHS worker spoke with her" are not; "Reviewed her file" is a file, not a talk). An errand
 * also gives way to the participant's own news ("She reports she works 30 hrs"), not to someone else's ("Her mother says …").
 */
import type { ContactEvent, Meeting } from './event-types';
import { partitionPoint } from './partition-point';
import { talkedElsewhere } from './talk-elsewhere';

/**
 * Each regex below that the meeting reader asks of every part has a gate: words (lower case) of which every match contains
 * one. A part none of them is in cannot match, so the regex is not run over it: most parts have none, and these
 * scans were most of the meeting reader's time. A wording added to a regex needs its word in the gate, or it is never
 * read (tests/text/meeting-gates.test.ts holds each regex to its gate over the corpus and the bench's notes).
 */
const has = (lower: string, words: readonly string[]): boolean => words.some((w) => lower.includes(w));

/** An arrival of the participant with us. */
// (Joining by video or by phone, "Client Zoomed in to orientation with Job Corps", "FaceTimed into her GED class": an
// arrival too, so someone else's event, class or interview it was for is no meeting with us.)
const ARRIVAL = /\b(?:came|come|comes|arrived|arrives|showed up|stopped (?:by|in)|dropped (?:by|in)|walked in|walk-in|(?:zoomed|face ?timed|skyped|video[- ]called|called|dialed|dialled)\s+(?:in|into)\b)\b/i;
const ARRIVAL_GATE = ['came', 'come', 'arrive', 'showed up', 'stopped', 'dropped', 'walk', 'zoomed', 'timed', 'skyped', 'video', 'called', 'dialed', 'dialled'];

/** Talk verbs with one of ours as their subject, or opening their clause ("Reviewed her IEP"), or "spoke with her". */
const TALK = new RegExp(
  [
    String.raw`\b(?<our>we|i|cm|writer|this writer)\s+(?:\w+\s+)?(?:talked|discussed|reviewed|went over|spoke|met|worked on|covered|developed|explained|helped|assisted)\s+\w`,
    String.raw`(?:^|[.;:,!?]\s*|\band\s+|\bthen\s+)(?<open>discussed|reviewed|went over|talked about|talked to)\s+\w`,
    String.raw`\b(?<verb>spoke|talked|met|sat down|worked)\s+(?:w\/|with|to)\s+(?:her|him|them|the (?:client|customer|participant|youth)|client|cust|customer|participant|youth)\b`,
    String.raw`\b(?<tous>spoke|talked|met|sat down)\b[^.;]{0,30}?(?:w\/|\bwith|\bto)\s+(?:me|us|cm|writer|this writer)\b`,
  ].join('|'),
  'gim',
);
const TALK_GATE = ['talked', 'discussed', 'reviewed', 'went over', 'spoke', 'met', 'worked', 'covered', 'developed', 'explained', 'helped', 'assisted', 'sat down'];
/** Someone not the participant and not us: a role, a relative or an agency ("DHS worker", "her caseworker", "payroll"). */
const SOMEONE_ELSE = new RegExp(
  String.raw`\b(?:dhs|dss|fsd|fssd|snap|tanf|agency|worker|caseworker|staff|supervisor|supv|(?<!case\s)manager|mgr|employer|employers|hr|payroll|trainer|instructor|teacher|counselor|officer|po|probation|parole|attorney|lawyer|landlord|mother|mom|father|dad|parents?|sister|brother|spouse|husband|wife|partner|boyfriend|girlfriend|friend|aunt|uncle|grandmother|grandma|grandfather|son|daughter|advocate|nurse|therapist|doctor|school|college|registrar|coordinator|recruiter|team|colleague|co-?worker|director|receptionist|desk|reception|vendor|department|dept|court|judge|provider|guardian)\b`,
  'i',
);
/** Whom a talk was with, when the clause names it: "with DHS", "to her caseworker", "w/ my supervisor". */
const WITH_WHOM = /(?:^|[^\w/])(?:with|w\/|to)\s+(?:(?:the|her|his|their|a|an|my|our|this)\s+)?((?:[\w'-]+\s+){0,2}[\w'-]+)/gi;
/** A record, not a person: "Reviewed her file" is a file review. */
const RECORD = /^\s*(?:\w+\s+){0,2}?(?:file|case file|record|records|chart|notes|case notes|documents?|paperwork|folder)\b(?!\s+(?:with|w\/)\s+(?:her|him|them|client|cust|customer|participant|youth))/i;
/** Someone the participant could have told news to, as its subject: only the participant (or a pronoun) speaks for them. */
const OWN_NEWS =
  /(?:(?:^|[^\w'])(?:she|he|they|client|cust|customer|participant|youth|ppt)\s+(?:\w+\s+)?|(?:^|[.;:,]\s*|\band\s+))(?:reports?|reported|states?|stated|says|said|told me|informed me|shared)\b/im;

/** An appointment, interview or hearing with someone not us. */
const NOT_OUR_APPOINTMENT =
  /\b(?:appointment|appt|interview|hearing|meeting|mtg)\s+(?:w\/|with|at)\s+(?!(?:me|us|cm|writer|this writer|the writer|(?:her|his|their|the|a)\s+(?:cm|case manager|career (?:coach|counselor|planner))|case manager|career (?:coach|counselor|planner)|our|my|the (?:office|center|wfc|ajc|jc|job center)|wioa)\b)/i;
/** An interview named by whose it is ("her SNAP interview", "a job interview"), unless ours. */
const NAMED_INTERVIEW = /\b(?:snap|tanf|dhs|fssd|medicaid|food stamp|benefits?|job|court|probation|parole|unemployment|ui|housing|section 8)\s+(?:interview|hearing|appointment|appt)\b/i;
/** Coming in to see or meet someone not us ("to see the Vets rep"), an orientation with someone else, or a relative's appointment ("her husband to his appointment"). */
const TO_SEE_SOMEONE_ELSE =
  /\b(?:to see|to meet(?: with| w\/)?|orientation (?:with|w\/|at))\s+(?!(?:me|us|cm|writer|this writer|the writer|(?:her|his|their|the|a)\s+(?:cm|case manager|career (?:coach|counselor|planner))|case manager|career (?:coach|counselor|planner)|our|my)\b)|\b(?:his|her|their)\s+(?:appointment|appt)\b(?=[^.;]*\b(?:husband|wife|son|daughter|mother|father|friend|boyfriend|girlfriend|partner|brother|sister)\b)|\b(?:husband|wife|son|daughter|mother|father|friend|boyfriend|girlfriend|partner|brother|sister)\b[^.;]*\b(?:his|her|their)\s+(?:appointment|appt)\b/i;
/** An event at our office that is not a meeting with the participant. */
const EVENT = /\b(?:for|to attend|attended)\s+(?:the|a|an|our|her|his|their)?\s*(?:\w+\s+)?(?:job fair|career fair|hiring event|hiring fair|recruitment event|recruiting event|job club|hiring day|open house|workshop|orientation)\b/i;
/** Joining someone else's event or class right at the arrival ("Zoomed into the Job Corps orientation", "FaceTimed into her GED class"). */
// (Also an info session, a webinar, a tour, an interview or a hearing, and a meeting named by what it is: "Zoomed in to his IEP meeting".)
const JOINED =
  /^(?:\S+\s+){1,2}?(?:into|in to)\s+(?:the|a|an|her|his|their)\s+(?:(?:[\w-]+\s+){0,3}?(?:job fair|career fair|hiring event|hiring fair|recruitment event|recruiting event|job club|hiring day|open house|workshop|orientation|class|classes|course|session|webinar|seminar|tour|interview|hearing|intake)|(?:[\w-]+\s+){1,3}?(?:meeting|mtg))\b/i;
/** The arrival's meeting did not take place. */
const NO_MEETING =
  /\b(?:(?:office|center|wfc|ajc|jc|building|we)\s+(?:was|were|is)\s+closed|closed (?:due to|for|because)|office closed|cancel(?:l)?ed|rescheduled|postponed|(?:moved|pushed)\s+(?:the\s+|our\s+)?(?:meeting|appointment|appt|it)\s+(?:to|back)|(?:was|were)\s+(?:moved|pushed)\b|lost power|power (?:was )?out|after hours|(?:building|office|door|doors)\s+(?:was\s+|were\s+)?locked|did not come|didn't come|never came|no interpreter|was out|were out|not available|unavailable)\b/i;
/** A past errand verb as the first thing coordinated after the arrival ("and left", ", dropped off"; not ", completed the TABE and signed"). */
const ERRAND_AFTER =
  /^[^,;]*?(?:,|\band\b|;)\s*(?:then\s+)?(?:used the (?:computer|computers|lab|resource room|copier|fax|printer|phone)|left|dropped off|dropped|submitted|picked up|turned in|handed in|signed|delivered|faxed|copied|scanned|printed|grabbed|filled out)\b/i;
/** Our receptionist or front desk, doing what a case manager would. */
const RECEPTION = /\b(?:receptionist|reception|front desk|front office|front counter staff)\b/i;
const RECEPTION_GATE = ['reception', 'front '];
/** A call's outcome: it dropped ("dropped after the first ring", "the call dropped", "TC w/ client dropped"), not "dropped off", "dropped by", "dropped a class". */
const DROPPED = /\b(?:line|call|phone)\s+(?:went dead|cut out|was cut off|got cut off|cut off)\b|\b(?:call|phone call|video call|zoom|teams|facetime|connection|line)\s+(?:[^\s.;]+\s+){0,5}?dropped\b(?!\s+(?:off|by|in|out|of|her|his|the|a|an)\b)|\b(?:phone|telephone|tc|video)\s+(?:[^\s.;:,]+\s+){0,5}?dropped\b(?!\s+(?:off|by|in|out|of|her|his|the|a|an|class|classes|course|courses|\d+)\b)/i;
const DROPPED_GATE = ['went dead', 'cut', 'dropped'];

/**
 * A call or video contact that failed before anyone could talk: the picture froze, we lost them, nobody could hear or
 * make out the other, they joined muted and never spoke, the call or app failed, nothing was discussed, a bad line the
 * writer will try again over. Asked only of a
 * phone or video event ("TC w/ client 4/4 - too much static, could not understand her"). A line that only broke up
 * ("audio kept cutting out so cust called in on the dial-in") or cleared names none of these, and a call back where we
 * talked opens its own event.
 */
const LINE_FAILED = new RegExp(
  [
    // ("Zoom w/ client 3/4 froze", "Teams call w/ client 3/4 crashed", "kept crashing": past "w/" and a date.)
    // (Any video platform's name: "Google Meet w/ client 3/4 crashed", "FaceTime w/ client 3/4 froze"; "kept freezing";
    // "glitched out" or "cut out" ending the sentence, not "cut out once, then we went over her resume".)
    String.raw`\b(?:call|zoom|teams|meet|facetime|webex|skype|video|connection|app|phone|line|it)\s+(?:[\w/]+\s+){0,4}?(?:froze|frozen|crashed|(?:kept\s+)?(?:crashing|freezing)|(?:glitched|cut)\s+out(?=\s*(?:[.;!]|$)))\b`,
    // (A screen, a laptop or a person that froze fails a video call only: on the phone it is her news, "her laptop
    // crashed so she missed class", "she froze up during the mock interview".)
    String.raw`(?<screen>\b(?:screen|video|picture|image|feed|camera|laptop|computer|she|he|they)\s+(?:\w+\s+){0,3}?(?:froze|frozen|crashed)\b|\bfroze\s+up\b)`,
    String.raw`\bfroze\s+on\s+(?:her|his|their|my|our)\s+end\b`,
    String.raw`\b(?:we|i)\s+lost\s+(?:her|him|them|the\s+(?:client|customer|participant|connection|call|line))\s*(?:[.;,!]|$)`,
    String.raw`\b(?:could\s+not|couldn't|can't|cannot|unable\s+to|could\s+barely|could\s+only)\s+(?:hear|understand|make\s+out)\s+(?:her|him|them|me|each\s+other|one\s+another|anything|background|static|noise|what\s+(?:she|he|they|you|the\s+(?:client|customer|participant))\s+(?:was\s+|were\s+|is\s+)?(?:saying|said|wanted|wants|asking|asked|meant|needed|needs))\b`,
    String.raw`\bnever\s+unmuted\b|\b(?:camera|mic|microphone|audio|sound)\s+(?:and\s+\w+\s+)?(?:never|did\s+not|didn't|would\s+not|wouldn't)\s+work`,
    String.raw`\b(?:call|video\s+call|zoom|teams\s+call|connection)\s+failed\b|\b(?:call|line|connection)\s+(?:was\s+|got\s+)?disconnected\b`,
    // (Not "nothing was said about pay yet": her news about something else.)
    String.raw`\bnothing\s+(?:was\s+)?(?:discussed|said)\b(?!\s+(?:about|regarding|re|of|on|yet|concerning)\b)`,
    // A bad line the writer will try again over ("bad connection, will try again tomorrow"): nothing said got through.
    String.raw`\b(?:bad|poor|weak|terrible|no)\s+(?:connection|signal|reception|service)\b[^.;]{0,40}?\b(?:will\s+(?:try|call|retry)(?:\s+\w+)?\s+(?:again|back|later)|will\s+retry|(?:to\s+)?try\s+again)\b`,
  ].join('|'),
  'i',
);
/** Every failed-line match of a sentence (a screen's only on video). */
const LINE_FAILED_ALL = new RegExp(LINE_FAILED.source, 'gi');
const lineFailed = (s: string, video: boolean): boolean => {
  for (const m of s.matchAll(LINE_FAILED_ALL)) if (video || m.groups?.screen === undefined) return true;
  return false;
};
const LINE_FAILED_GATE = ['froze', 'frozen', 'freezing', 'crash', 'glitched out', 'cut out', 'lost', 'hear', 'understand', 'make out', 'unmuted', 'work', 'failed', 'disconnected', 'nothing', 'again', 'retry', 'back', 'later'];

/** A meeting or call the note says did not take place, with or without an arrival ("The 3/4 meeting with client did not take place"). */
const NOT_HELD =
  /\b(?:meeting|mtg|appointment|appt|ov|office visit|visit|phone call|call|session)\b[^.;]{0,60}?\b(?:(?:did not|didn't|never|has not|hasn't)\s+(?:take place|taken place|happen|happened|occur|occurred)|(?:could not|couldn't|cannot|can't)\s+be\s+(?:done|held|completed|conducted))\b|^\s*(?:\w+\s+){0,3}?(?:could not|couldn't|cannot|can't)\s+be\s+(?:done|held|completed|conducted)\b/i;
const NOT_HELD_GATE = ['did not', "didn't", 'never', 'has not', "hasn't", 'be done', 'be held', 'be completed', 'be conducted'];

/**
 * Our side was not there to meet: the writer or the case manager busy elsewhere, away or gone ("CM was in a staffing",
 * "I had already left for the day", "CM double-booked", "I was with another customer"). Read over the event's whole
 * sentence, since a contact named in it ("for the OV; CM was in a staffing") opens its own part after the arrival.
 */
const WE_WERE_AWAY = new RegExp(
  String.raw`\b(?:i|cm|writer|this writer|case manager)\s+(?:was\s+|were\s+|had\s+|got\s+|is\s+)?(?:already\s+|still\s+)?` +
    String.raw`(?:(?:in|at|into)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:staffing|meeting|training|hearing|conference|court)|` +
    String.raw`out\s+(?:sick|of\s+(?:the\s+)?office|on\s+leave|for\s+the\s+day)|off\s+(?:sick|that\s+day|today)|on\s+(?:leave|vacation|pto)|` +
    String.raw`double[- ]?booked|stuck\s+(?:in|at|with)|called\s+(?:away|in|into|to)|left\s+(?:for\s+the\s+day|early|the\s+office)|gone\s+for\s+the\s+day|` +
    String.raw`with\s+another\s+(?:customer|client|participant|appointment|appt)|unavailable|not\s+available)\b`,
  'i',
);

/**
 * The note denies that anyone talked: "Did not get to talk", "never got to speak with her", "no conversation took place",
 * or a sentence of its own that says so, "No talk.", "Hang up." (an English learner's "hung up").
 */
const NO_TALK = /\b(?:(?:did not|didn't|never|could not|couldn't|were not able to|was not able to|unable to)\s+(?:get to\s+|got to\s+|actually\s+)?(?:talk|speak)(?!\s+(?:long|much|more|well|english|spanish|somali|the language))|no conversation|^\s*no talk(?:ing)?|^\s*(?:hang|hung) up)\b/i;
const NO_TALK_GATE = ['talk', 'speak', 'conversation', 'hang up', 'hung up'];
/** The participant did not come or report for it, nothing after ("client did not report.", "cust failed to appear"). */
const NO_SHOW = /\b(?:client|cust|customer|participant|youth|he|she|they)\s+(?:did not|didn't|never|failed to)\s+(?:report|appear|show(?: up)?|come in|come|arrive)\s*(?:[.;!]|$)/i;
const NO_SHOW_GATE = ['did not', "didn't", 'never', 'failed to'];
/** The participant (a participant word, a pronoun or a name) did not come, join or attend it (not "did not attend class"): read just after a meeting's name. */
const NOT_THERE = /^[^.;]*[.;]?\s*(?:client|cust|customer|participant|youth|he|she|they|[A-Z][a-z]+)\s+(?:(?:did not|didn't|never|failed to)\s+(?:attend|join|log (?:on|in)|show(?: up)?|come|appear|report|arrive)|no[- ]showed)\b(?=\s*(?:[.;!,)]|$|(?:the|our|this|it)\b))/;
/** Where the sentence `k` sentences into the note ends (the next one's start, or the note's end). */
const sentenceEnd = (starts: readonly number[], k: number, length: number): number => starts[k] ?? length;
/** A sentence that is only the verdict "Negative contact." or "No contact (made)." */
const NO_CONTACT = /^\s*(?:negative|no)\s+contact(?:\s+(?:made|established|this date|today))?\s*[.!]?\s*$/i;
const NO_CONTACT_GATE = ['contact'];

/** Each gated regex with its gate (for the test that holds them together). */
export const GATED: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [TALK, TALK_GATE],
  [ARRIVAL, ARRIVAL_GATE],
  [DROPPED, DROPPED_GATE],
  [LINE_FAILED, LINE_FAILED_GATE],
  [RECEPTION, RECEPTION_GATE],
  [NOT_HELD, NOT_HELD_GATE],
  [NO_TALK, NO_TALK_GATE],
  [NO_SHOW, NO_SHOW_GATE],
  [NO_CONTACT, NO_CONTACT_GATE],
];

/** How far from an event its sentence is read for our side's absence. */
const AWAY_REACH = 160;

/** The sentences of a part of the note, each with where it starts (a ';' keeps a sentence whole: "came at 10; office closed"). */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z"'\u201c(])|\n+/g;
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_BREAK)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

/** . ; ! ? or a line break (a regex test per character was a tenth of the meeting reader's time). */
const isClauseEnd = (c: number) => c === 46 || c === 59 || c === 33 || c === 63 || c === 10;

/** The clause a match sits in: from after the last . ; ! ? or line break before it to the next one after it. */
function clauseAround(part: string, at: number, end: number): { before: string; after: string } {
  let from = at;
  while (from > 0 && !isClauseEnd(part.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < part.length && !isClauseEnd(part.charCodeAt(to))) to++;
  return { before: part.slice(from, at), after: part.slice(end, to) };
}

/** Someone not the participant named as whom the talk was with ("with DHS", "to her caseworker", "with my supervisor"). */
function withSomeoneElse(after: string): boolean {
  for (const m of after.matchAll(WITH_WHOM)) if (SOMEONE_ELSE.test((m[1] as string).split(/\s+(?:and|about|re|regarding|on|at|for)\b/i)[0] as string)) return true;
  return false;
}

/** A talk of ours with the participant in this part of the note. */
function talkWithParticipant(part: string): boolean {
  for (const m of part.matchAll(TALK)) {
    const g = m.groups ?? {};
    const at = m.index ?? 0;
    const { before, after } = clauseAround(part, at, at + m[0].length - 1);
    // "DHS worker spoke with her", "Front desk spoke with her": someone else talked. ("Client spoke w/ me" is the participant.)
    if (g.verb !== undefined && SOMEONE_ELSE.test(before)) continue;
    if (g.tous !== undefined && (!/\b(?:she|he|they|client|cust|customer|participant|youth|ppt)\b/i.test(before) || SOMEONE_ELSE.test(before))) continue;
    const rest = part.slice(at + m[0].length - 1);
    if ((g.open !== undefined || g.our !== undefined) && RECORD.test(rest)) continue;
    if (withSomeoneElse(after) || talkedElsewhere(part.slice(at, at + m[0].length - 1) + after, false)) continue;
    return true;
  }
  return false;
}

/** What the note says came of one event, read over its part (`lower` is it in lower case; `talked`, a talk of ours with the participant in it). */
function meetingIn(part: string, lower: string, talked: boolean, distant: boolean, video: boolean): Meeting {
  if (talked) return 'met';
  const arrivals = has(lower, ARRIVAL_GATE);
  const drops = has(lower, DROPPED_GATE) || (distant && has(lower, LINE_FAILED_GATE));
  const reception = has(lower, RECEPTION_GATE);
  const notHeld = has(lower, NOT_HELD_GATE);
  const noTalk = has(lower, NO_TALK_GATE);
  const noShow = has(lower, NO_SHOW_GATE);
  const noContact = has(lower, NO_CONTACT_GATE);
  // (Then no sentence of the part can match any of them: nothing to split.)
  if (!arrivals && !drops && !reception && !notHeld && !noTalk && !noShow && !noContact) return 'met';
  const sentences = sentenceStarts(part).map((s, i, all) => part.slice(s, all[i + 1] ?? part.length));
  for (const s of sentences) {
    const arrival = arrivals ? ARRIVAL.exec(s) : null;
    if (drops && DROPPED.test(s) && !/\bdropped (?:by|in)\b/i.test(s)) return 'dropped';
    if (distant && drops && lineFailed(s, video)) return 'dropped';
    if (reception && RECEPTION.test(s) && (arrival || /\b(?:spoke|talked|asked|told|gave|handed)\b/i.test(s))) return 'reception';
    if ((notHeld && NOT_HELD.test(s)) || (noTalk && NO_TALK.test(s)) || (noShow && NO_SHOW.test(s)) || (noContact && NO_CONTACT.test(s))) return 'not-held';
    if (!arrival) continue;
    const after = s.slice(arrival.index);
    // (Her arrival, then a talk with someone not ours: "came in 3/4 and talked to the security guard".)
    if (talkedElsewhere(after, false)) return 'someone-else';
    if (NOT_OUR_APPOINTMENT.test(after) || NAMED_INTERVIEW.test(after) || EVENT.test(after) || JOINED.test(after) || TO_SEE_SOMEONE_ELSE.test(after)) return 'someone-else';
    if (NO_MEETING.test(after)) return 'not-held';
    if (ERRAND_AFTER.test(after.slice(arrival[0].length)) && !OWN_NEWS.test(part)) return 'errand';
  }
  return 'met';
}

/**
 * Sets each event's `meeting`. The parts cover the whole note: the first starts at the note's start, each later one
 * at its own sentence (or where it opens, when the one before it opened in that same sentence).
 */
export function readMeetings(text: string, events: ContactEvent[]): void {
  if (events.length === 0) return;
  const starts = sentenceStarts(text);
  // The last sentence start at or before `at` (starts rise), found by halving: asking every start for every event
  // made a long note cost the square of its length.
  const sentenceIndex = (at: number) => Math.max(0, partitionPoint(starts, (s) => s <= at) - 1);
  const sentenceOf = (at: number) => starts[sentenceIndex(at)] as number;
  const order = [...events].sort((x, y) => x.start - y.start);
  let from = 0;
  for (const [i, e] of order.entries()) {
    const next = order[i + 1];
    let to = text.length;
    if (next) {
      const s = sentenceOf(next.start);
      to = s > from && s > e.start ? s : Math.max(from, next.start);
    }
    const part = text.slice(from, to);
    const lower = part.toLowerCase();
    const talked = has(lower, TALK_GATE) && talkWithParticipant(part);
    e.meeting = meetingIn(part, lower, talked, e.channel === 'phone' || e.channel === 'video', e.channel === 'video');
    // Our side not there, anywhere in the event's own sentence: no meeting unless we talked with the participant in
    // its part (her own news may have gone to whoever was there instead).
    // (Read within AWAY_REACH characters of the event: a note of one endless sentence must not cost the square of its length.)
    if (e.meeting === 'met' && !talked) {
      const k = sentenceIndex(e.start);
      const begin = starts[k] as number;
      const end = starts[sentenceIndex(Math.max(e.start, e.end - 1)) + 1] ?? text.length;
      const around = text.slice(Math.max(begin, e.start - AWAY_REACH), Math.min(end, e.end + AWAY_REACH));
      if (WE_WERE_AWAY.test(around)) e.meeting = 'not-held';
      // Her call that reached someone not ours or a machine ("called 3/4 and spoke with the intake worker at DFS").
      else if (e.channel === 'phone' && e.incoming && talkedElsewhere(around, true)) e.meeting = 'someone-else';
      // …or in a later sentence of its own part, for an arrival event ("came in for the clothing closet. The volunteer helped; I
      // was in a meeting."): a call's part may go on to our own day, an arrival's is about the visit.
      else if (ARRIVAL.test(text.slice(e.start, e.end)) && WE_WERE_AWAY.test(part.slice(0, AWAY_REACH * 2))) e.meeting = 'not-held';
      // The participant not there, said right after the meeting was named, before any other contact ("Teams meeting 2/19
      // w/ client re: IEP; client did not attend.", "… w/ Aaron. Aaron no-showed."): no meeting, as when it was in its part.
      else if (NOT_THERE.test(text.slice(e.end, Math.min(next?.end ?? text.length, sentenceEnd(starts, sentenceIndex(e.start) + 2, text.length), e.end + AWAY_REACH)))) e.meeting = 'not-held';
    }
    from = to;
  }
}
