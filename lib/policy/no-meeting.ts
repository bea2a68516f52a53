/**
 * Visits and calls that happened without anyone of ours talking with the participant, read over the whole note
 * as a last veto before "qualifies" (qualifies.ts). The reader takes the participant's arrival or a call's opening
 * as the contact; these are the ways a note says that nothing two-way followed:
 *
 *   someone else's   the arrival was for an appointment or interview with someone not us ("for her appointment
 *                    with DHS", "for his SNAP interview") or for an event ("for the job fair", "for the hiring event");
 *   no meeting       the arrival's own sentence says the meeting did not happen ("the office was closed",
 *                    "the interpreter did not come; rescheduled", "cancelled");
 *   an errand        a past errand verb coordinated after the arrival ("came in 3/2 and left her timesheet",
 *                    "stopped by, dropped off paystubs", "picked up a gas card");
 *   reception        our receptionist or front desk did the talking or the handing over ("spoke with the
 *                    receptionist", "front desk gave her one");
 *   dropped          a call whose outcome is that it dropped ("dropped after the first ring", "the call dropped").
 *
 * Each is refused unless the note also shows us talking with the participant ("we reviewed her IEP", "discussed her
 * hours"); an errand is also let through by the participant's own news ("she reports she works 30 hrs"), as the
 * reader's errand rule always did. When in doubt the veto refuses: a wrong "qualifies" moves a due date.
 */

/** An arrival of the participant with us. */
const ARRIVAL = /\b(?:came|come|comes|arrived|arrives|showed up|stopped (?:by|in)|dropped (?:by|in)|walked in|walk-in)\b/i;

/** Someone of ours talking with the participant: what the visit or call needs beside the veto's words. */
const OUR_TALK = new RegExp(
  [
    // "we reviewed her IEP", "CM and client went over", "I explained the ITA"
    String.raw`\b(?:we|i|cm|writer|this writer)\s+(?:\w+\s+)?(?:talked|discussed|reviewed|went over|spoke|met|worked on|covered|developed|explained|helped|assisted)\s+\w`,
    // "Reviewed her IEP", "; discussed hours": the verb opening a clause, with what was talked about after it (not "File reviewed.")
    String.raw`(?:^|[.;:,!?]\s*|\band\s+|\bthen\s+)(?:discussed|reviewed|went over|talked about)\s+\w`,
    // "met with client", "spoke w/ her" (not "spoke with the receptionist")
    String.raw`\b(?:spoke|talked|met|sat down|worked)\s+(?:w\/|with|to)\s+(?:her|him|them|the (?:client|customer|participant|youth)|client|cust|customer|participant|youth)\b`,
    // "spoke at front desk w/ me 5 min"
    String.raw`\b(?:spoke|talked|met|sat down)\b[^.;]{0,30}?(?:w\/|\bwith|\bto)\s+(?:me|us|cm|writer|this writer)\b`,
  ].join('|'),
  'im',
);

/** The participant's own news, told to whoever took the errand (the reader's long-standing errand exception). */
const NEWS = /\b(?:reports?|reported|states?|stated|says|said|told me|informed me|shared)\b/i;

/** An appointment, interview or hearing with someone not us. */
const NOT_OUR_APPOINTMENT =
  /\b(?:appointment|appt|interview|hearing|meeting|mtg)\s+(?:w\/|with|at)\s+(?!(?:me|us|cm|writer|this writer|the writer|(?:her|his|their|the|a)\s+(?:cm|case manager|career (?:coach|counselor|planner))|case manager|career (?:coach|counselor|planner)|our|my|the (?:office|center|wfc|ajc|jc|job center)|wioa)\b)/i;
/** An interview named by whose it is ("her SNAP interview", "a job interview"), unless ours. */
const NAMED_INTERVIEW = /\b(?:snap|tanf|dhs|fssd|medicaid|food stamp|benefits?|job|court|probation|parole|unemployment|ui|housing|section 8)\s+(?:interview|hearing|appointment|appt)\b/i;
/** An event at our office that is not a meeting with the participant. */
const EVENT = /\bfor\s+(?:the|a|an|our|her|his|their)?\s*(?:\w+\s+)?(?:job fair|career fair|hiring event|hiring fair|recruitment event|recruiting event|job club|hiring day|open house)\b/i;
/** The arrival's meeting did not take place. */
const NO_MEETING =
  /\b(?:(?:office|center|wfc|ajc|jc|building|we)\s+(?:was|were|is)\s+closed|closed (?:due to|for|because)|office closed|cancel(?:l)?ed|rescheduled|did not come|didn't come|never came|no interpreter|was out|were out|not available|unavailable)\b/i;
/** A past errand verb as the first thing coordinated after the arrival ("and left", ", dropped off", "and picked up"; not ", completed the TABE and signed"). */
const ERRAND_AFTER =
  /^[^,;]*?(?:,|\band\b|;)\s*(?:then\s+)?(?:left|dropped off|dropped|submitted|picked up|turned in|handed in|signed|delivered|faxed|copied|scanned|printed|grabbed|filled out)\b/i;
/** Our receptionist or front desk, doing what a case manager would. */
const RECEPTION = /\b(?:receptionist|reception|front desk|front office|front counter staff)\b/i;
/** A call's outcome: it dropped ("dropped after the first ring", "the call dropped"), not "dropped off", "dropped by". */
const DROPPED = /\b(?:call|phone call|video call|zoom|teams|facetime|connection|line)\s+(?:[^\s.;]+\s+){0,5}?dropped\b(?!\s+(?:off|by|in|out|of|her|his|the|a|an)\b)/i;

/** The sentences of a note, each with where it starts (a ';' keeps a sentence whole: "came at 10; office closed"). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"'\u201c(])|\n+/).filter((s) => s.trim() !== '');
}

type NoMeeting = 'someone-else' | 'no-meeting' | 'errand' | 'reception' | 'dropped';

/** Why the note shows no meeting with us, or null when nothing here says so. */
export function noMeetingWithUs(text: string): NoMeeting | null {
  const talk = OUR_TALK.test(text);
  if (talk) return null;
  for (const s of sentences(text)) {
    const arrival = ARRIVAL.exec(s);
    if (DROPPED.test(s) && !/\bdropped (?:by|in)\b/i.test(s)) return 'dropped';
    if (RECEPTION.test(s) && (arrival || /\b(?:spoke|talked|asked|told|gave|handed)\b/i.test(s))) return 'reception';
    if (!arrival) continue;
    const after = s.slice(arrival.index);
    if (NOT_OUR_APPOINTMENT.test(after) || NAMED_INTERVIEW.test(after) || EVENT.test(after)) return 'someone-else';
    if (NO_MEETING.test(after)) return 'no-meeting';
    if (ERRAND_AFTER.test(after.slice(arrival[0].length)) && !NEWS.test(text)) return 'errand';
  }
  return null;
}
