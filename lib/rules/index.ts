/**
 * Every rule, in the order findings are listed, and `checkNote`: one read of
 * the note, one assessment of the contact, then each rule the pack leaves on.
 */
import { caseNoteSchema, type CaseNote, type CaseNoteInput, type Finding, type IsoDate, type NoteVerdict } from '../model';
import { assessContact } from '../policy/qualifies';
import type { PolicyPack } from '../policy/schema';
import { analyzeText } from '../text/analyze';
import { contactDateMissing } from './contact-date-missing';
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

function toNote(input: CaseNoteInput): CaseNote {
  const r = caseNoteSchema.safeParse(input);
  if (r.success) return r.data;
  // A malformed structured field must not stop the text from being checked.
  return caseNoteSchema.parse({ text: typeof input.text === 'string' ? input.text : '' });
}

export function checkNote(input: CaseNoteInput, ctx: CheckContext): NoteVerdict {
  const note = toNote(input);
  const { pack, today } = ctx;
  const analysis = analyzeText(note.text, pack.phrases);
  const contact = assessContact(note, analysis, pack);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = pack.rules[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const cite = pack.citations[`rule:${rule.id}`] ?? rule.cites[pack.base];
    const ruleCtx: RuleContext = {
      pack,
      today,
      analysis,
      contact,
      severity: setting,
      flag: (extra = {}) => ({
        rule: rule.id,
        severity: setting,
        message: rule.message,
        ...(cite ? { cite } : {}),
        ...extra,
      }),
    };
    findings.push(...rule.check(note, ruleCtx));
  }
  return { contactType: contact.contactType, party: contact.party, qualifies: contact.qualifies, reason: contact.reason, findings };
}
