/**
 * The shape of a rule, as in ESLint/Harper: id (== file name), default
 * severity, a plain-English message, docs, and a check that reads the note and
 * returns findings. The policy clause a finding cites is the pack's
 * (`pack.citations[rule.id]`): a rule never names a pack.
 */
import { isWritten } from '../kinds';
import type { CaseNote, Finding, IsoDate, Severity } from '../model';
import type { ContactAssessment } from '../policy/qualifies';
import type { PolicyPack } from '../policy/schema';
import type { NoteAnalysis } from '../text/analyze';

export interface RuleContext {
  pack: PolicyPack;
  /** "Now" as a calendar date, supplied by the caller: the core never reads the clock. */
  today: IsoDate;
  analysis: NoteAnalysis;
  contact: ContactAssessment;
  /** This rule's severity after the pack's overrides. */
  severity: Severity;
  /** A finding for this rule with its severity, message and citation filled in; pass what differs. */
  flag(extra?: Partial<Omit<Finding, 'rule'>>): Finding;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One state's own check: it runs only where a pack gives it a severity (`pack.rules`), and is off everywhere else. */
  optIn?: true;
  message: string;
  docs: string;
  check(note: CaseNote, ctx: RuleContext): Finding[];
}

export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}

/** The note template that would have captured what this contact needs (a built-in template's id, or the pack's own). */
export function templateFor(ctx: RuleContext): string {
  const c = ctx.contact;
  if (c.attemptOnly) return 'attempt';
  if (c.party === 'provider') return 'provider';
  if (c.party === 'alternate') return 'alternate';
  if (c.pendingWritten || isWritten(c.contactType)) return 'letter-response';
  if (ctx.pack.contactTemplate) return ctx.pack.contactTemplate;
  return c.contactType === 'in-person' ? 'in-person' : 'telephone';
}

/**
 * The note documents a contact the documentation rules (progress, justification) hold to their standard: one that
 * connected, or a bare claim ("Checked in with client."). Not a note the verdict refused for want of the participant
 * ("TC … does not say it was with the participant", or someone else entirely answered: "a classmate answered her
 * phone … asked for a call back") that also records a failed try or an unanswered letter ("TC -
 * DISC", "OV - client did not report", "ltr mailed, stand by for response"): what it documents is a try, and the
 * case manager is asked to record the contact once made, not to describe the progress of one the note does not show.
 */
export function documentsContact(ctx: RuleContext): boolean {
  const c = ctx.contact;
  if (c.bareClaim) return true;
  if (!c.contactHappened) return false;
  // Refused, and the note records a failed try or a message still unanswered: what it documents is the try.
  const refused = c.gate !== null || c.unstated || c.party === 'other';
  return !(refused && (ctx.analysis.attempts.length > 0 || ctx.analysis.pendingWritten !== null));
}

/**
 * The note's only failures are a written message going unanswered ("no reply yet", "unread", "no response has been
 * received"): a letter, e-mail or text still waiting for its reply, which response-pending reminds about, not a failed
 * try unsuccessful-attempt calls an error. Nothing connected.
 */
export function onlyUnanswered(ctx: RuleContext): boolean {
  const t = ctx.analysis.attempts;
  return !ctx.contact.contactHappened && t.length > 0 && t.every((x) => x.kind === 'response');
}
