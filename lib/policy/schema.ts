/**
 * Policy packs are data: which contacts count, how often, what a note must
 * contain, and how loud each rule is. Agencies extend a pack with
 * `extendPack` (a stricter interval, a rule switched off or re-graded, their
 * own phrases) without touching code; everything is checked with zod.
 */
import * as z from 'zod';
import { contactTypeSchema, severitySchema } from '../model';
import { templateSchema } from '../templates/templates';
import { TAGS } from '../text/vocabulary';
import { describeZodError } from '../zod-errors';

/** A rule's setting in a pack or in the user's or agency's overrides: one of the severities, or off. */
export const ruleSettingSchema = z.enum(['off', ...severitySchema.options]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

const intervalSchema = z.discriminatedUnion('kind', [
  /** A rolling number of days, e.g. Missouri's 90 days before a soft exit. */
  z.object({ kind: z.literal('days'), days: z.number().int().positive().max(366), onMiss: z.enum(['soft-exit', 'overdue']) }),
  /** Once in every calendar month (Minnesota's "once per month"). */
  z.object({ kind: z.literal('calendar-month'), onMiss: z.enum(['soft-exit', 'overdue']) }),
]);

/** How a contact with someone other than the participant is treated. */
const thirdPartyTreatmentSchema = z.enum([
  /** Counts as the contact when it documents the participant's progress substantively. */
  'with-substantive-progress',
  /** Must be recorded in the notes but never stands in for the participant contact. */
  'record-only',
  /** Not a case-management contact at all. */
  'never',
]);

const tagSchema = z.enum(TAGS);

const packSchema = z.strictObject({
  id: z.string().min(1),
  /** Which built-in pack this one is, or starts from (a local pack keeps its base's id here). */
  base: z.string().min(1),
  name: z.string().min(1),
  /** The policy clause behind each rule, by rule id: a finding's "why" for supervisors. */
  citations: z.record(z.string(), z.string().min(1)),
  interval: intervalSchema,
  acceptedContactTypes: z.array(contactTypeSchema).min(1),
  /** Letters and e-mails count only once the participant's reply is documented. */
  writtenNeedsResponse: z.boolean(),
  thirdParty: z.strictObject({ provider: thirdPartyTreatmentSchema, alternate: thirdPartyTreatmentSchema }),
  /**
   * Severity per rule id, or 'off'. Rules not listed keep their own default, except a rule of
   * one state's own (`optIn`), which runs only where a pack gives it a severity.
   */
  rules: z.record(z.string(), ruleSettingSchema),
  /** Templates offered only with this pack (beside the built-in ones every pack offers). */
  templates: z.array(templateSchema),
  /** The template a note of a contact with the participant in person or by phone is written from, when the pack has its own. */
  contactTemplate: z.string().min(1).nullable(),
  /** Extra phrases per vocabulary tag (local shorthand, program names). */
  phrases: z.partialRecord(tagSchema, z.array(z.string().min(1))),
  /** Days between contact and entry after which late-entry fires (when switched on). */
  lateEntryDays: z.number().int().nonnegative(),
  /** Fewer meaningful words than this makes a note too thin to be substantive. */
  minSubstantiveWords: z.number().int().nonnegative(),
});
export type PolicyPack = z.infer<typeof packSchema>;
/** A pack as written in its file (templates before their defaults are filled in). */
export type PackInput = z.input<typeof packSchema>;

/** What an agency may change. Phrases and rules merge into the base; the rest replaces. */
const packOverridesSchema = z.strictObject({
  id: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  citations: z.record(z.string(), z.string().min(1)).optional(),
  interval: intervalSchema.optional(),
  acceptedContactTypes: z.array(contactTypeSchema).min(1).optional(),
  writtenNeedsResponse: z.boolean().optional(),
  thirdParty: z.strictObject({ provider: thirdPartyTreatmentSchema, alternate: thirdPartyTreatmentSchema }).partial().optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  phrases: z.partialRecord(tagSchema, z.array(z.string().min(1))).optional(),
  lateEntryDays: z.number().int().nonnegative().optional(),
  minSubstantiveWords: z.number().int().nonnegative().optional(),
});

export class PackError extends Error {
  override name = 'PackError';
}

/** Validates a pack, throwing a PackError that names every bad field. */
export function parsePack(input: unknown): PolicyPack {
  const r = packSchema.safeParse(input);
  if (!r.success) throw new PackError(`invalid policy pack: ${describeZodError(r.error, '(pack)')}`);
  return r.data;
}

/**
 * A local pack on top of a built-in one. `knownRules` (the registered rule ids)
 * catches typos like "progres-missing" that would otherwise silently do nothing.
 * A stricter interval is allowed; a looser one is refused, since local areas may
 * only require more frequent contact than the state.
 */
export function extendPack(base: PolicyPack, overrides: unknown, knownRules?: readonly string[]): PolicyPack {
  const r = packOverridesSchema.safeParse(overrides);
  if (!r.success) throw new PackError(`invalid pack overrides for ${base.id}: ${describeZodError(r.error, '(pack)')}`);
  const o = r.data;
  if (knownRules && o.rules) {
    const unknown = Object.keys(o.rules).filter((id) => !knownRules.includes(id));
    if (unknown.length) throw new PackError(`invalid pack overrides for ${base.id}: unknown rule id(s) ${unknown.join(', ')}`);
  }
  // Local areas "may require more frequent contacts" (MO §2), never fewer.
  const limit = base.interval.kind === 'days' ? base.interval.days : 31;
  if (o.interval?.kind === 'days' && o.interval.days > limit) {
    throw new PackError(`invalid pack overrides for ${base.id}: interval ${o.interval.days} days is looser than the policy's ${limit}`);
  }
  if (o.interval?.kind === 'calendar-month' && base.interval.kind === 'days' && base.interval.days < 31) {
    throw new PackError(`invalid pack overrides for ${base.id}: a calendar month is looser than the policy's ${base.interval.days} days`);
  }
  const phrases: PolicyPack['phrases'] = { ...base.phrases };
  for (const [tag, list] of Object.entries(o.phrases ?? {}) as Array<[keyof PolicyPack['phrases'], string[]]>) {
    phrases[tag] = [...(base.phrases[tag] ?? []), ...list];
  }
  return parsePack({
    ...base,
    ...o,
    citations: { ...base.citations, ...o.citations },
    thirdParty: { ...base.thirdParty, ...o.thirdParty },
    rules: { ...base.rules, ...o.rules },
    phrases,
  });
}
