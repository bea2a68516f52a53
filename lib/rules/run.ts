/**
 * Every rule, in the order findings are listed, and `checkParsedNote`: one read of
 * the note, one assessment of the contact, then each rule the pack leaves on.
 * No zod on this path (types only from lib/model.ts): `cli audit` checks notes it
 * has validated itself without loading zod; index.ts adds `checkNote`, which parses.
 */
import type { CaseNote, Finding, IsoDate, NoteVerdict, Severity } from '../model';
import { assessContact } from '../policy/qualifies';
import type { PolicyPack } from '../policy/schema';
import { analyzeText } from '../text/analyze';
import { readingCopy } from '../text/reading-copy';
import { contactDateEarlier } from './contact-date-earlier';
import { contactDateInvalid } from './contact-date-invalid';
import { contactDateMissing } from './contact-date-missing';
import { contactTypeDiffers } from './contact-type-differs';
import { contactTypeMissing } from './contact-type-missing';
import type { Rule, RuleContext } from './define';
import { justificationMissing } from './justification-missing';
import { lateEntry } from './late-entry';
import { mnRecordReview } from './mn-record-review';
import { mnSupportingDocs } from './mn-supporting-docs';
import { nextStepMissing } from './next-step-missing';
import { notSubstantive } from './not-substantive';
import { piiInNote } from './pii-in-note';
import { progressMissing } from './progress-missing';
import { responsePending } from './response-pending';
import { thirdPartyInsufficient } from './third-party-insufficient';
import { unsuccessfulAttempt } from './unsuccessful-attempt';

export const RULES: readonly Rule[] = [
  piiInNote,
  contactTypeMissing,
  unsuccessfulAttempt,
  responsePending,
  thirdPartyInsufficient,
  progressMissing,
  justificationMissing,
  notSubstantive,
  contactDateMissing,
  contactDateInvalid,
  contactDateEarlier,
  contactTypeDiffers,
  lateEntry,
  nextStepMissing,
  mnRecordReview,
  mnSupportingDocs,
];
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export interface CheckContext {
  pack: PolicyPack;
  /** "Now" as a calendar date in the case manager's zone; the core never reads the clock. */
  today: IsoDate;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  flag: RuleContext['flag'];
}

/**
 * Each pack's rules that are on, with their severity and their `flag` (which depends only on the
 * rule and the pack): made once per pack, not for every note.
 */
const activeRules = new WeakMap<PolicyPack, ActiveRule[]>();
function activeRulesOf(pack: PolicyPack): ActiveRule[] {
  let active = activeRules.get(pack);
  if (!active) {
    active = [];
    for (const rule of RULES) {
      const setting = pack.rules[rule.id] ?? (rule.optIn ? 'off' : rule.severity);
      if (setting === 'off') continue;
      const cite = pack.citations[rule.id];
      // Keys in this order, what differs last overriding in place; assigned, not spread (slow in V8, and this runs per finding).
      const flag = (extra?: Partial<Omit<Finding, 'rule'>>): Finding => {
        const f: Finding = { rule: rule.id, severity: setting, message: rule.message };
        if (cite) f.cite = cite;
        return extra ? Object.assign(f, extra) : f;
      };
      active.push({ rule, severity: setting, flag });
    }
    activeRules.set(pack, active);
  }
  return active;
}

/**
 * checkNote for a note already in caseNoteSchema's shape, every field set (a caller that builds
 * it from values it has validated itself, like `cli audit` for each of a million rows): no zod pass.
 */
export function checkParsedNote(given: CaseNote, ctx: CheckContext): NoteVerdict {
  // Soft hyphens and HTML character references are read as the words they hide; places are mapped back below.
  const copy = readingCopy(given.text);
  const note = copy ? { ...given, text: copy.text } : given;
  const { pack, today } = ctx;
  const analysis = analyzeText(note.text, pack.phrases);
  const contact = assessContact(note, analysis, pack, today);
  const findings: Finding[] = [];
  // One context for the note; the rule's own fields are set before each rule runs (rules read it and return, none keeps it).
  let ruleCtx: RuleContext | null = null;
  for (const { rule, severity, flag } of activeRulesOf(pack)) {
    if (ruleCtx) {
      ruleCtx.severity = severity;
      ruleCtx.flag = flag;
    } else ruleCtx = { pack, today, analysis, contact, severity, flag };
    for (const f of rule.check(note, ruleCtx)) findings.push(f);
  }
  const verdict: NoteVerdict = { contactType: contact.contactType, party: contact.party, qualifies: contact.qualifies, reason: contact.reason, findings };
  return copy ? placedInNote(verdict, copy.original) : verdict;
}

/** The verdict with every place in it (the reason's words, each finding's, an insertion point) moved to the note as given. */
function placedInNote(v: NoteVerdict, at: (offset: number) => number): NoteVerdict {
  const span = <T extends { start?: number; end?: number }>(x: T): T =>
    x.start === undefined || x.end === undefined ? x : { ...x, start: at(x.start), end: at(x.end) };
  return {
    ...v,
    reason: v.reason && span(v.reason),
    findings: v.findings.map((f) => {
      const g = span(f);
      if (g.also) g.also = g.also.map(span);
      if (g.fix?.kind === 'insert-text') g.fix = { ...g.fix, at: at(g.fix.at) };
      return g;
    }),
  };
}
