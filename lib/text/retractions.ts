/**
 * Where a note takes back the contacts it names, read after the events (lib/text/analyze.ts marks each event it covers
 * as no meeting with us, `not-held`, so lib/policy/qualifies.ts does not count it):
 *
 *   undone     a later sentence undoes what came before it: someone else was on the line ("It was actually her mother
 *              who called"), the wrong participant ("never mind, wrong client", "Entered in error", "meant for another
 *              customer"), nothing exchanged ("no information was exchanged", "Logged as an attempt"), or the writer's own
 *              verdict "No contact." as a sentence, or a bare "- not." ending one: every event before it (a call back after it
 *              still counts); the verdict as a label, "Not a contact: …": the events of its sentence;
 *   status     a migrated record's stamp says the appointment did not take place ("[APPT STATUS: CANCELLED]",
 *              "[LEGACY STATUS: NO SHOW]"): the events of its entry (up to the next dated line or stamp);
 *   drafted    an assistant's draft made from the case manager's shorthand, where the shorthand of a failed try survives
 *              ("no ans" alone above the draft, or an instruction such as "write it up" or a preamble such as "Here is a
 *              professional case note" beside a failed try): a talk in the draft is the assistant's, not a record, so
 *              every connected event but a reply or a call back (what the shorthand itself can carry).
 */
import type { ContactEvent } from './event-types';
import type { Token } from './tokenize';

interface Retraction {
  from: number;
  to: number;
  /** A reply or call back in the span still counts (a draft's, which its shorthand can carry). */
  keepReplies: boolean;
}

/** The verdict as a sentence of its own ("No contact.", "Negative contact made."): what stands before it is checked in code. */
const VERDICT = /\b(?:negative|no)\s+contact(?:\s+(?:made|was\s+made|established|this\s+date|today))?\s*(?:[.!;]|$)/gim;
/** Who else may have been on the line. */
const RELATIVE = String.raw`(?:mother|mom|father|dad|sister|brother|son|daughter|aunt|uncle|cousin|grandmother|grandma|grandfather|grandpa|husband|wife|spouse|boyfriend|girlfriend|fianc[eé]e?|roommate|friend|neighbou?r|twin|niece|nephew|relative|guardian|impostor|imposter)`;
/**
 * Each wording that undoes what came before it, with its gate: words (as the tokenizer gives them) one of which every
 * match contains. A regex whose gate words are not among the note's tokens is not run (most notes have none of them).
 */
const UNDONE: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:it|this|that)\s+was\s+actually\s+(?:her|his|their|the|a|an|my)\b/gi, ['actually']],
  [/\b(?:it|this)\s+was\s+(?:her|his|their)\s+(?:\w+\s+){1,2}on\s+the\s+(?:phone|line|call)\b/gi, ['phone', 'line', 'call']],
  [/\bnever\s*mind\b|\b(?:scratch|strike)\s+that\b|\bdisregard\s*[:\-–—]/gi, ['mind', 'nevermind', 'scratch', 'strike', 'disregard']],
  [/\bdisregard\s+(?:this|the\s+above|that)\b/gi, ['disregard']],
  [/\b(?:entered|logged|recorded|documented|(?:entry|note)\s+(?:was\s+)?made|saved)\s+(?:in\s+error|by\s+mistake)\b/gi, ['error', 'mistake']],
  // A correction of who was on the line ("Correction: it was her sister, not client", "the person I spoke with was her
  // cousin, not her", "Correction - spoke with her roommate, not client"), ending its sentence; not one of a date or a
  // figure ("95%, not 59%"), nor her news about someone else ("it was her son, not her, who had COVID").
  [
    /\b(?:(?:it|this|that|the\s+(?:person|caller|one)(?:\s+i\s+(?:spoke|talked|met)\s+(?:with|to))?)\s+was|(?:spoke|talked|met)\s+(?:with|to))\s+(?:actually\s+)?(?:(?:her|his|their|the|a|an)\s+(?:[\w-]+\s+)?)?[\w-]+,?\s+not\s+(?:the\s+)?(?:client|customer|participant|cust|her|him|them)\b(?=\s*(?:[.;!)]|$))/gim,
    ['not'],
  ],
  // The same told with who it was: "Correction: was her sister", "Corr: sister, not cust.", "(her sister, not client)",
  // "It was her sister posing as her", "Found out later it was her roommate", "actually it was her mother", "it was her
  // sister I spoke to, not her", "Turned out to be an impostor"; not her news about them ("it was her son who had COVID").
  [new RegExp(String.raw`\b(?:correction|corr|edit)\s*[:\-–—]\s*[^.;\n]{0,40}?\b${RELATIVE}\b(?!['’]s)`, 'gi'), ['correction', 'corr', 'edit']],
  [new RegExp(String.raw`\b(?:it|this|that)\s+was\s+(?:actually\s+)?(?:her|his|their)\s+(?:twin\s+|older\s+|younger\s+|little\s+|big\s+)?${RELATIVE}\b(?!['’]s)(?![^.;\n]*\b(?:who|that|whom)\b)`, 'gi'), ['was']],
  [new RegExp(String.raw`\(\s*(?:(?:her|his|their)\s+)?${RELATIVE},?\s+not\s+(?:the\s+)?(?:client|customer|participant|cust|pt|her|him|them)\s*\)|\b${RELATIVE}\s+(?:i|we)\s+(?:spoke|talked|met)(?:\s+(?:to|with))?,?\s+not\s+(?:the\s+)?(?:client|customer|participant|cust|her|him|them)\b`, 'gi'), ['not']],
  // "TC to cust, phone answered by her sister. Left msg w/ sister.": someone else took the call; a talk with her after it
  // ("… her mom put her on; she says …") still counts.
  [new RegExp(String.raw`\b(?:answered|picked\s+up)\s+by\s+(?:her|his|their|the|a|an|cust(?:omer)?['’]s|client['’]s)\s+(?:twin\s+|older\s+|younger\s+|little\s+|big\s+)?${RELATIVE}\b`, 'gi'), ['answered', 'picked']],
  [/\bturned\s+out\s+to\s+be\s+(?:an?\s+)?(?:impostor|imposter|someone\s+else)\b|\b(?:impostor|imposter),?\s+not\s+(?:the\s+)?(?:client|customer|participant|cust)\b/gi, ['impostor', 'imposter', 'else']],
  [/\b(?:caller|person|she|he|they)\s+(?:could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|failed\s+to)\s+verify\s+(?:her|his|their)?\s*(?:identity|dob|date\s+of\s+birth|ssn|id)\b/gi, ['verify']],
  // A meeting that was a training exercise ("Meeting with client was simulated for training purposes").
  [/\bsimulated\s+for\s+(?:staff\s+)?training\b|\b(?:meeting|contact|call|visit|session|conversation)\s+(?:was|is)\s+(?:a\s+)?(?:simulated|simulation|fictional|fictitious|hypothetical|role-?play)\b/gi, ['simulated', 'simulation', 'fictional', 'fictitious', 'hypothetical', 'role', 'roleplay']],
  [/\bwrong\s+(?:client|customer|cust|participant|ppt|pt|consumer|case|file|record)\b/gi, ['wrong']],
  [/\b(?:meant|intended)\s+for\s+(?:another|a\s+different)\s+(?:customer|client|participant|case|file|person)\b/gi, ['meant', 'intended']],
  [/,\s*not\s+the\s+(?:client|customer|participant)\b(?!['’])/gi, ['not']],
  [/\b(?:no\s+information|nothing)\s+(?:was\s+)?exchanged\b/gi, ['exchanged']],
  [/\b(?:logged|recorded|corrected|changed|counted|entered)\s+(?:to|as)\s+(?:an?\s+)?(?:attempt|unsuccessful\s+attempt|no\s+contact|non-?contact)\b/gi, ['logged', 'recorded', 'corrected', 'changed', 'counted', 'entered']],
  [VERDICT, ['contact']],
  // "TC w/ client 3/4 - not.": a bare "not" after a dash, ending its sentence, takes the sentence back.
  [/\s[-\u2013\u2014]\s*not\s*(?:[.!]|$)/gim, ['not']],
];
/**
 * A log's own answer that no contact was made, and everything before it on its line with it: "Reached client: no. TC
 * 3/4.", "Contact made? N - TC 3/4", "TC 3/4. Spoke with client: No.", "Successful: N", "TC 3/4: failed.", "TC 3/4 -
 * unreached.", "Phone contact with client was not possible 3/4", "… could not be established".
 */
const LINE_UNDONE: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:(?:client|cust|customer|participant|pt)\s+)?(?:reached(?:\s+(?:client|cust|customer|participant|pt))?|contact(?:ed)?(?:\s+made)?|connected|successful|spoke\s+(?:to|with)\s+(?:client|cust|customer|participant|pt))\s*[?:]\s*(?:no|n)\b(?![/\w'’])/gi, ['no', 'n']],
  [/\b(?:tc|ov|hv|call|phone\s+call|visit|home\s+visit|office\s+visit|contact|meeting|appt)\s*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\s*[:\-–—]\s*(?:incomplete|failed|negative|unreached|dropped|unsuccessful|not\s+reached)\s*(?:[.;!]|$)/gim, ['incomplete', 'failed', 'negative', 'unreached', 'dropped', 'unsuccessful', 'reached']],
  [/\bcontact\s+with\s+(?:the\s+)?(?:client|cust|customer|participant|youth|pt)\b[\s:,]*(?:was\s+|is\s+)?(?:not\s+(?:possible|made|established|achieved)|impossible|(?:could|can)(?:\s+not|not|n['’]t)\s+be\s+(?:made|established|achieved))\b/gi, ['possible', 'impossible', 'made', 'established', 'achieved']],
];
/** The writer's verdict as a label before what it judges ("Not a contact: client called 3/4 and hung up …"). */
const VERDICT_LABEL = /(?:^|[.;!?\n]\s*)(?:not\s+a|non-?|no)\s*contact\s*:/gi;
/** "No contact." opens its sentence: nothing but spaces since the note's start or the last . ; ! ? or line break. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || '.;!?\n'.includes(text.charAt(k));
}

/** A status stamp in brackets or braces that says the appointment did not take place. */
const STATUS = /[[{][^\]}\n]{0,60}?\b(?:status|result|outcome|disposition)\b[^\]}\n]{0,12}?\b(?:cancell?ed|no[\s-]?show|missed|not\s+(?:completed|held|kept)|did\s+not\s+(?:occur|happen)|rescheduled|unable\s+to\s+(?:contact|reach)|failed)\b[^\]}\n]*[\]}]/gi;
/** Where the next entry of a log begins: a line opening with a date or a stamp. */
const NEXT_ENTRY = /\n\s*(?:\d{1,2}\/\d{1,2}\b|\[)/g;

/** The case manager's shorthand of a failed try alone above a draft: "no ans", "lvm", "NA - left vm". */
const BARE_TRY = /^\s*(?:no\s+ans(?:wer)?|n\/?a|lvm|lm|vm|left\s+(?:vm|msg|message|voicemail|a\s+message)|went\s+to\s+vm)(?:[\s,.-]+(?:lvm|lm|vm|left\s+(?:vm|msg|message|voicemail)))?\s*[.!]?[ \t]*\n[ \t]*\n/i;
/** An instruction to an assistant, or its preamble at the note's start, each with its gate (as UNDONE's). */
const DRAFTING: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bwrite\s+(?:it|this|that)\s+up\b|\bwrite\s+up\s+as\b/i, ['write']],
  [/\bmake\s+(?:it|this)\s+(?:sound\s+)?(?:more\s+)?(?:professional|formal)\b/i, ['professional', 'formal']],
  [/\b(?:rewrite|reword)\s+(?:it|this)\b/i, ['rewrite', 'reword']],
  [/\bturn\s+(?:it|this)\s+into\s+(?:a\s+)?(?:case\s+)?note\b|\bclean\s+(?:it|this)\s+up\b/i, ['turn', 'clean']],
  [/^\s*(?:sure|certainly|absolutely|of\s+course)\s*[!,.]/i, ['sure', 'certainly', 'absolutely', 'course']],
  [/\b(?:here\s+is|here's|below\s+is)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?(?:case\s+)?(?:note|summary|version|draft|entry)\b/i, ['here', 'below']],
];
const GATE_WORDS = new Set([...UNDONE, ...LINE_UNDONE, ...DRAFTING].flatMap(([, gate]) => gate));

/** The spans of the note each retraction covers (`tried`: the note names a failed try somewhere). */
function retractions(text: string, tokens: readonly Token[], tried: boolean): Retraction[] {
  const out: Retraction[] = [];
  let present: Set<string> | null = null;
  for (const t of tokens) if (GATE_WORDS.has(t.text)) (present ??= new Set()).add(t.text);
  const open = (gate: readonly string[]) => present !== null && gate.some((w) => (present as Set<string>).has(w));
  let last = -1;
  for (const [re, gate] of UNDONE) {
    if (!open(gate)) continue;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (re === VERDICT && !opensSentence(text, at)) continue;
      last = Math.max(last, at);
    }
  }
  if (last > 0) out.push({ from: 0, to: last, keepReplies: false });
  for (const [re, gate] of LINE_UNDONE) {
    if (!open(gate)) continue;
    for (const m of text.matchAll(re)) {
      const end = text.indexOf('\n', (m.index ?? 0) + m[0].length);
      out.push({ from: 0, to: end < 0 ? text.length : end, keepReplies: false });
    }
  }
  if (open(['contact'])) {
    for (const m of text.matchAll(VERDICT_LABEL)) {
      const from = (m.index ?? 0) + m[0].length;
      const end = text.slice(from).search(/[.;!?\n]/);
      out.push({ from, to: end < 0 ? text.length : from + end, keepReplies: false });
    }
  }
  if (text.includes('[') || text.includes('{')) {
    for (const m of text.matchAll(STATUS)) {
      const at = m.index ?? 0;
      NEXT_ENTRY.lastIndex = at + m[0].length;
      const next = NEXT_ENTRY.exec(text);
      out.push({ from: text.lastIndexOf('\n', at) + 1, to: next ? next.index : text.length, keepReplies: false });
    }
  }
  if (tried && (BARE_TRY.test(text) || DRAFTING.some(([re, gate]) => open(gate) && re.test(text)))) out.push({ from: 0, to: text.length, keepReplies: true });
  return out;
}

/** Marks every event a retraction covers as no meeting with us. */
export function applyRetractions(text: string, tokens: readonly Token[], events: ContactEvent[], tried: boolean): void {
  if (events.length === 0) return;
  for (const r of retractions(text, tokens, tried)) {
    for (const e of events) if (e.start >= r.from && e.start < r.to && !(r.keepReplies && e.response)) e.meeting = 'not-held';
  }
}
