/**
 * How a talk, a try or a message was made, in the words case managers use for it that the event reader has no
 * channel for: where they were with someone ("sat with", "caught me on the steps", "on-site", "told me at the staff
 * meeting", "did not come to the intake"), the line they were on ("on pt's machine", "the team line", "VRS", "by
 * phone"), a written reply or message ("by e-mail", "voice memo", "Discord", "message box", "sent cust the … link"),
 * a form that came back ("check-in sheet rec'd", "left a note for cust").
 *
 * Like lib/text/try-channel.ts, what is found here only names the note's contact type where the note does not count
 * (lib/policy/qualifies.ts): it never makes a note count, and where it is all a contact lacks to count, the note is
 * still asked how the contact was made. A sentence that plans or asks for a contact ("need to call", "will meet")
 * names nothing, and nor does being in the same place as someone nobody met ("I was with another customer", "did not
 * see her", "no time to talk"): the type stays unknown and the rule asks.
 */
import type { ContactType } from '../model';
import { CHANNEL_TYPE, type Channel } from './event-types';
import { MORE_EMAIL, MORE_IN_PERSON, MORE_LETTER, MORE_TELEPHONE, talkAtNamedPlace } from './channel-cues';

/** A sentence about a contact still to come or one that may happen ("if he cannot keep it, by phone"): its channel is no contact's. */
const PLANNED = /\b(?:will|if|unless|need\s+to|needs\s+to|going\s+to|ask(?:ed|s)?\s+(?:\w+\s+){1,2}?to|plan(?:s|ned)?|to\s+(?:call|meet|text|e-?mail|write|visit|schedule)|remind(?:er)?|schedul(?:e|ed|ing)|booked|booking|set\s+up\s+for|next\s+(?:ov|tc|visit|contact|appt|appointment))\b/i;

/** Quoted words (the participant's own: "going to start in May"), a plan denied ("not a planned meeting") and a doubt ("not sure if I wrote this up"). */
const NOT_OURS = /"[^"\n]*"?|“[^”\n]*”?|\b(?:not\s+(?:a\s+)?planned|unplanned)\b|\b(?:not\s+sure|unsure)\s+if\b/gi;
/**
 * A plan or a schedule named as a thing, not a contact planned: "the Family Development Plan review", "her training
 * plan", "the scheduled appointment" (the sentence may tell it missed), "her work schedule", a message on the Remind app.
 */
const PLAN_NOUNS =
  /\b(?:development|employment|training|service|career|action|family|individual|education(?:al)?|ISS|IEP|IPE|budget|safety|success|transition|care|treatment|case|the|her|his|their|a)\s+plan\b|\bplan\s+(?:review|update|reviewed|updated|signed|goals?)\b|\b(?:the|a|an|his|her|their|our|my|your|its)\s+(?:[\w-]+\s+)?scheduled\b|\b(?:work|class|shift|school|clinical|new|weekly|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\w*\s+schedule\b|\bremind\s+(?:app|msg|message|text)\b|\bvia\s+remind\b/gi;

/** The sentence plans, asks for ("asked client to FaceTime me") or supposes a contact, in the writer's own words. */
export function isPlan(s: string): boolean {
  return PLANNED.test(s) && PLANNED.test(s.replace(NOT_OURS, ' ').replace(PLAN_NOUNS, ' '));
}

/** A plan in the writer's words that a channel's words are part of: before them ("will call", "asked client to text", "I'll call"), or right after them ("OV scheduled", "Site visit with cust planned", "A telephonic contact with the customer is scheduled"). */
const PLAN_AHEAD = /\w['’]ll\b|\bgonna\b|\bshould\b|\bplease\b|(?<!\b(?:replied|responded|reply|response|wrote|sent|mailed|talked|spoke|went|came|out|back|according|due|referred|listened|attached|added|moved|switched|changed|prior)\s)\bto\s+$|\b(?:next|upcoming|future)\s+(?:[\w-]+\s+)?$/i;
const PLAN_AFTER = /^\W{0,3}(?:(?:[\w/-]+\s+){0,4}?(?:is\s+|was\s+|to\s+be\s+)?(?:scheduled|set|planned|booked|pending|requested)\b)/i;
export function plannedAt(s: string, start: number, end: number): boolean {
  const before = s.slice(0, start);
  return isPlan(before) || PLAN_AHEAD.test(before) || PLAN_AFTER.test(s.slice(end, end + 80));
}

/** Being at the same place as someone the writer did not meet, or is not sure they met ("might have seen client"). */
const NOT_MET = /\b(?:did\s+not|didn't|did\s+n't|never|could\s+not|couldn't)\s+(?:see|meet|talk|speak|get\s+to\s+(?:talk|meet|see))\b|\bno\s+(?:time\s+to\s+talk|conversation)\b|\bwas\s+(?:in\s+a\s+(?:meeting|mtg|staffing)|with\s+another|out\s+of\s+the\s+office|at\s+lunch)\b|\bI\s+was\s+(?:out|away|off)\b|\bnot\s+present\b|\b(?:may|might)\s+have\s+(?:seen|talked|spoken|met)\b|\bnot\s+(?:certain|sure)\s+(?:it\s+was|if\s+it\s+was)\b|\bsign-?in\s+sheet\b|\b(?:attendance|attendee|participant)\s+(?:report|list|sheet)\b/i;

/** The note says the writer was somewhere with someone they did not meet: no place in it is a contact's. */
export const notMetAnywhere = (text: string): boolean => NOT_MET.test(text);

const IN_PERSON: readonly RegExp[] = [
  // Sitting, meeting or visiting with someone; being caught or stopped by them; them coming over to us.
  /\b(?:we|i)\s+met\b|\bmet\s+(?:for|over)\s+(?:coffee|lunch)\b|\bsat\s+(?:down\s+)?(?:with|w\/)|\bsat\s+down\b|\bsat\s+in\s+on\b|\bvisited\s+(?:with|w\/)/i,
  /\bcaught\s+(?:me|cust|customer|client|participant|pt|him|her|them|youth)\b|\bstopped\s+me\b|\bcame\s+over\b|\bcame\s+(?:up\s+)?to\s+(?:my|our)\s+(?:table|desk|booth|office|cubicle)\b/i,
  /\bseen\s+by\s+(?:this\s+writer|me|(?:the\s+)?cm|(?:the\s+)?case\s*manager)\b/i,
  // The participant in at our place for something, going somewhere with them, an intake or exit interview at ours.
  /\b(?:client|cust|customer|youth|participant|pt)\s+(?:was\s+)?in\s+(?:on\s+)?(?:\d{1,2}\/\d{1,2}\s+)?for\b|\bhome\s+(?:mtg|meeting)\b|\bI\s+went\s+with\b|\b(?:rode|drove|walked)\s+(?:\w+\s+){0,3}(?:with|w\/)\s+(?:client|cust|customer|youth|participant|pt|him|her|them)\b/i,
  /\b(?:intake|exit\s+interview)\b[^.\n]{0,25}\bat\s+(?:the|our)\b/i,
  // Visiting the worksite.
  /\bon-?site\b|\bOJT\s+(?:check|visit|review|monitoring)\b|\b(?:work)?site\s+visit\b|\bplant\s+visit\b/i,
  // Told something at a meeting or an event the writer was at.
  /\b(?:told|informed|showed)\s+me\s+at\s+(?:the|our|a|his|her|their)\b|\b(?:said|mentioned|reported|shared|says)\s+at\s+(?:the|our|a|his|her|their)\s+(?:[\w/-]+\s+){0,3}(?:meeting|mtg|hall|roundtable|staffing|table|fair|service|supper|reception|graduation|event|appt|appointment)\b/i,
  /\bat\s+the\s+(?:[\w/-]+\s+){0,3}(?:roundtable|meeting|mtg|reception|graduation|fair|supper|dinner|drop-in)\b[^.\n]{0,40}\b(?:said|says|told|mentioned)\b/i,
  // An appointment at our place not kept ("did not come to the 7/7 intake", "didn't come to the training room").
  /\b(?:did\s+not|didn't|never)\s+(?:come|show)\s+(?:in\s+|up\s+)?(?:to|for)\s+(?:the|his|her|their|our|my)\s+(?:[\w/]+\s+){0,2}(?:intake|orientation|training\s+room|office|appt|appointment)\b/i,
];

const TELEPHONE: readonly RegExp[] = [
  /\bby\s+(?:tele)?phone\b|\bon\s+the\s+phone\b|\bover\s+the\s+phone\b|\(\s*phone\s*\)|\bTC'?d\b/i,
  /\b(?:team|help|front\s+desk|main|agency)\s+line\b|\bverification\s+call\b|\bVRS\b|\bvideo\s*phone\b|\brelay\s+(?:call|operator|service)\b|\bCapTel\b/i,
  /\bremote\s+session\b|(?:^|\s)#\s*disc\b|\b(?:Teams|Zoom|FaceTime|video)\b[^.\n]{0,80}\b(?:froze|frozen|dropped|static|no\s+audio)\b/i,
  /\b(?:message|msg|vm)\s+on\s+(?:\w+'s\s+|his\s+|her\s+|their\s+)?(?:answering\s+)?machine\b|\bmachine\s+(?:says|is\s+full|picked\s+up)\b/i,
];

const EMAIL: readonly RegExp[] = [
  /\b(?:by|via|over)\s+e-?mail\b|\bvoice\s+memo(?:'?d)?\b|\bDiscord\b|\bmessage\s+box\b|\btablet\s+(?:reply|msg|message|log)\b/i,
  /\bwas\s+typing\b|\btext\s+thread\b|\bforwarded\s+(?:me\s+)?(?:on\s+)?\d{1,2}\/\d{1,2}\b|\bSubject\s*:[^\n]*?\bSent\s*:/i,
  /\bsent\s+(?:cust|customer|client|participant|pt|him|her|them)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:guide|link|flyer|form|list|info)\b/i,
];

const LETTER: readonly RegExp[] = [
  /\b(?:check-?in|response|review|update)\s+(?:sheet|form|card)\s+(?:came\s+back|rec'?d|received|returned)\b|\b(?:form|sheet)\s+back\s+in\s+the\s+mail\b|\bleft\s+a\s+note\s+for\b/i,
  /\b(?:survey|questionnaire)\s+(?:came\s+back|rec'?d|received|returned)\b|\breturned\s+the\s+(?:[\w-]+\s+){0,3}(?:survey|questionnaire)\b|\b(?:received|rec'?d|came)\s+in\s+the\s+mail\b/i,
];

const TABLES: ReadonlyArray<readonly [ContactType, readonly RegExp[]]> = [
  ['telephone', [...TELEPHONE, ...MORE_TELEPHONE]],
  ['email', [...EMAIL, ...MORE_EMAIL]],
  ['letter', [...LETTER, ...MORE_LETTER]],
  ['in-person', [...IN_PERSON, ...MORE_IN_PERSON]],
];

/** Sentences and lines: a plan in one does not undo a channel named in another. */
/** A title's or a name's initial's period ends no sentence ("Mr. Ortiz", "Dana K. at the job fair"). */
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Sr|Jr|St|[A-Z])\.(?=\s+[a-z@(])|\b(Mr|Mrs|Ms|Dr|Sr|Jr|St)\./g;
const SENTENCE = /[^.!?;\n]+/g;

/** The channel the note's words name for a talk, try or message the event reader did not read as one, or null. */
export function talkChannel(text: string): ContactType | null {
  const notMet = NOT_MET.test(text);
  // (A title's period ends no sentence: "talked w/ Mr. Reyes … at the office".)
  const sentences = text.replace(TITLE_DOT, '$1$2 ').match(SENTENCE) ?? [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as string;
    const planned = isPlan(s);
    for (const [type, table] of TABLES) {
      if (type === 'in-person' && notMet) continue;
      // A plan after the words of a contact is its topic ("asked me how to add it …; showed him"), not the contact's.
      for (const re of table) {
        const m = re.exec(s);
        if (m && !(planned && plannedAt(s, m.index, m.index + m[0].length))) return type;
      }
    }
    if (planned) continue;
    // (A talk in the next sentence ties the place to it, unless that sentence only plans one.)
    const next = sentences[i + 1] ?? '';
    if (!notMet && talkAtNamedPlace(s, isPlan(next) ? '' : next)) return 'in-person';
  }
  return null;
}

/**
 * The channel of a contact the reader took for someone else's ('Completed: "Monthly TC - D. Larson"', a draft pasted in
 * quotes: '"4/20 TC w/ participant. Started at …"', 'the "OV" was his brother's intake') when its sentence plans nothing
 * in the writer's own words: the note names how that contact was made. Only a type, decided after the verdict. (A
 * contact the reader took for a plan is one: "set for 3/12", "rescheduled", "next time we meet" name no contact made.)
 */
export function mentionedChannel(text: string, mentioned: ReadonlyArray<{ start: number; end: number; kind: 'planned' | 'reported'; channel: Channel | null }>): ContactType | null {
  for (const m of mentioned) {
    if (m.channel === null || m.kind !== 'reported') continue;
    let from = m.start;
    while (from > 0 && !'.!?;\n'.includes(text[from - 1] as string)) from--;
    let to = m.end;
    while (to < text.length && !'.!?;\n'.includes(text[to] as string)) to++;
    if (!isPlan(text.slice(from, to))) return CHANNEL_TYPE[m.channel];
  }
  return null;
}
