/**
 * More of the words that say how a contact happened when the event reader names no channel for it (without them
 * contact-type-missing asks for a type the note gives), read sentence by sentence by lib/text/talk-channel.ts after its
 * own tables:
 *
 * - a place where the writer and someone talked ("we talked in the lobby", "in the car she said …", "caught up w/
 *   cust at the clubhouse"): in person. The place must share its sentence with words of an exchange (talked, said,
 *   told me, asked me, showed …), and a place named after the topic ("talked about the class at the plant") is the
 *   topic's, not the talk's;
 * - a device or a line ("Caller: client", "FaceTimed me", "on the shop phone", "on her number", "language line",
 *   "three-way call"): a telephone (a video call is real-time at a distance, so telephone, as the README says);
 * - a written form ("message from Dana", "From: cust <…@", "Counselor wrote:", "returned the update form", "in her own
 *   handwriting"): e-mail or letter.
 *
 * Like everything talk-channel.ts finds, these only name the note's type after the verdict is decided
 * (lib/policy/qualifies.ts): they never make a note count. A plan ("need to set up a Teams mtg") names nothing.
 */
const PLACE =
  "(?:lobby|hallway|hall|parking\\s+lot|office|job\\s+cent(?:er|re)|career\\s*cent(?:er|re)|workforce\\s+cent(?:er|re)|WFC|library|caf[eé]|coffee\\s+shop|diner|restaurant|clinic|hospital|church|chapel|classroom|training\\s+room|break\\s*room|cafeteria|clubhouse|car|van|truck|kitchen|porch|driveway|store|jail|shelter|drop-in|booth|table|desk|pantry|JC|room|unit|bedside|ward|food\\s+shelf|gym|park|laundromat|courthouse|hearing|barn|shop|dock|warehouse|cubicle|AJC|American\\s+Job\\s+Cent(?:er|re)|one-?stop|CareerForce|(?:job|career)\\s+fair|hiring\\s+event|gas\\s+(?:pump|station)|(?:job|career|workforce)\\s+ctr|annex|window|counter)";
/** "in the lobby", "at our Carthage office", "outside the courthouse" (up to three words between the article and the place). */
const AT_PLACE = new RegExp(`(?:\\b(?:in|at|outside|inside|near|by)\\s+|@\\s*)(?:the\\s+|our\\s+|my\\s+|his\\s+|her\\s+|their\\s+|a\\s+)?(?:[\\w'’-]+\\s+){0,3}?${PLACE}\\b`, 'i');
/** Words of a talk between the writer and someone: the place may come before or after them ("we talked in the lobby"). */
const TALK =
  /[⇄↔]|\b(?:talked|talk|talking|spoke|speak|chatted|chat|walked\s+me\s+through|discussed|went\s+over|caught\s+up|conversation|met|seen|saw|visited|prayed|mock\s+interview|said\s+(?:hi|hello|hey|goodbye|bye))\b|\b\d{1,3}\s*(?:min|mins|minutes)\b|\b(?:with|w\/)\s+(?:the\s+)?(?:cust|customer|client|participant|pt|youth)\b/i;
/** Words that report speech: a place after them is what was said ("she told me she is still at the warehouse"). */
const SPEECH = /\b(?:said(?!\s+(?:hi|hello|hey|goodbye|bye)\b)|says|told\s+(?:me|us)|asked\s+(?:me|us|(?:this\s+)?writer|CM)|showed|reports?|reported|confirm(?:s|ed)?)\b/i;
/** Where a talk's topic starts: a place after it is the topic's ("talked about the class at the plant"). */
const TOPIC = /\b(?:about|re:?|regarding|concerning)\s/i;
/** Being somewhere with someone nobody talked with, or may not have ("May have talked to cust at the job fair"). */
const NO_TALK = /\b(?:did\s+not|didn't|did\s+n't|never|could\s+not|couldn't|no)\s+(?:get\s+to\s+)?(?:talk|speak|stop|conversation|contact|time\s+to\s+talk)\b|\bwaited\s+(?:outside|in\s+the\s+car)\b|\bI\s+was\s+(?:out|away|off|at\s+another)\b|\b(?:may|might)\s+have\b|\bnot\s+(?:certain|sure)\b|\bno\s+(?:\w+\s+)?[⇄↔]/i;

/**
 * A place the talk happened at (see the file's comment): a place in `sentence`, before any topic and any reported
 * speech, with a talk in the sentence or words of an exchange after the place, there or in the `next` sentence
 * ("Client in the lobby for his bus card; we talked …").
 */
export function talkAtNamedPlace(sentence: string, next = ''): boolean {
  if (NO_TALK.test(sentence) || NO_TALK.test(next)) return false;
  const topic = TOPIC.exec(sentence);
  const before = topic ? sentence.slice(0, topic.index) : sentence;
  const place = AT_PLACE.exec(before);
  if (!place) return false;
  const speech = SPEECH.exec(before);
  if (speech && speech.index < place.index) return false;
  const rest = before.slice(place.index);
  return TALK.test(before) || SPEECH.test(rest) || TALK.test(next) || SPEECH.test(next);
}

const WHO = '(?:cust|customer|client|participant|pt|youth|him|her|them|[A-Z][a-z]+)';

/** Coming to a place ("came to the Job Center", "stopped by our office", "walked into the lobby"). */
const ARRIVAL = new RegExp(
  `\\b(?:came|come|comes|coming|stopped|dropped|walked|showed)\\s+(?:in\\s+|by\\s+|up\\s+|over\\s+)?(?:(?:to|at|into|by)\\s+(?:the\\s+|our\\s+|my\\s+)(?:[\\w'’-]+\\s+){0,3}?|(?:to\\s+)?)${PLACE}\\b`,
  'i',
);

export const MORE_IN_PERSON: readonly RegExp[] = [
  ARRIVAL,
  // Joining a group we ran ("joined our monthly drop-in"); a video meeting is the telephone table's, read first.
  /\bjoined\s+(?:our|my|the)\s+(?:[\w'’-]+\s+){0,3}?(?:drop-in|group|class|session|workshop|circle|meeting|mtg|huddle)\b/i,
  // Told something at a meeting the writer was at, with or without an article ("mentioned at staff mtg", "told ES at the team meeting").
  /\b(?:said|mentioned|reported|shared|says|told\s+(?:me|us|[A-Z]{2,3}|staff|CM))\s+at\s+(?:(?:the|our|a|his|her|their)\s+)?(?:[\w/-]+\s+){0,3}(?:meeting|mtg|staffing|huddle|roundtable|conference)\b/,
  // Driving someone somewhere ("Drove cust to the interview", "gave her a ride to the clinic").
  new RegExp(`\\b(?:drove|gave)\\s+${WHO}\\s+(?:a\\s+ride\\s+)?to\\b`),
];

export const MORE_TELEPHONE: readonly RegExp[] = [
  /\bcaller\b|\bcalled\s+(?:in|me|us)\b|\b(?:three|3)-way\s+call\b|\bconference\s+call\b|\b(?:language|interpreter)\s+line\b/i,
  /\bface-?time(?:d)?\b|\bvideo\s*(?:call|chat|visit|chatted|called)\b|\b(?:zoom|teams|google\s+meet|whatsapp)\s+(?:call|video|meeting|mtg|session|visit)\b/i,
  // On camera in a video meeting, not in the news or on the front desk's camera.
  /\bon\s+camera\b(?=[^.\n]*\b(?:zoom|teams|video|webex|meet|facetime|skype)\b)|\b(?:zoom|teams|video|webex|meet|facetime|skype)\b[^.\n]*\bon\s+camera\b/i,
  /\bon\s+(?:\w+'s\s+|his\s+|her\s+|their\s+|my\s+)(?:cell|number|phone|landline)\b|\b(?:reached|talked|spoke)\s+(?:\w+\s+)?on\s+(?:the\s+)?(?:cell|landline)\b|\bpaged\s+(?:me|us)\b/i,
  /\b(?:shop|shanty|unit|sat|satellite|pay|dorm|hall|neighbou?r'?s|borrowed|landline|jail|facility)\s*-?\s*phone\b(?!\s*(?:number|no\b|#|:|\d))/i,
];

export const MORE_EMAIL: readonly RegExp[] = [
  new RegExp(`\\b(?:message|msg|DM)\\s+from\\s+${WHO}\\b|\\b(?:message|msg|DM)\\s+(?:sent\\s+)?to\\s+${WHO}\\b`),
  // A message's read stamp ('Status shows "Viewed"').
  /\bstatus\s+(?:shows\s+|is\s+|=\s*)?["“]?(?:read|viewed|seen|opened)\b/i,
  /\bFrom\s*:\s*[^\n]{0,60}@|\bwrote\s*:/i,
  // An e-mail's header: a reply's or a forward's subject, an Outlook "From: … Sent:" or "To: … Subject:".
  /\bSubject\s*:\s*(?:RE|FW|FWD)\s*:|\bFrom\s*:[^\n]{0,80}\bSent\s*:|\bTo\s*:[^\n]{0,80}\bSubject\s*:/i,
];

export const MORE_LETTER: readonly RegExp[] = [
  /\b(?:participant|client|cust|customer|youth|pt|he|she|they)\s+(?:returned|mailed\s+back|sent\s+back)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:form|sheet|survey|questionnaire|card|letter|log)\b/i,
  /\bin\s+(?:\w+'s\s+|his\s+|her\s+|their\s+)(?:own\s+)?handwriting\b/i,
];
