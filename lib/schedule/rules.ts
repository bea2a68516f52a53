/**
 * How often a participant needs a qualifying contact, as pack/agency settings.
 *
 * - `days` (Missouri Toolbox, Issuance 01-02 §2): an entry at least every
 *   `days` (90) days or the participant soft-exits. A local area may require
 *   more frequent contacts (`localDays`, e.g. 60 or 30): the stricter interval
 *   sets the due date, while the soft exit still happens at the state's `days`.
 * - `calendar-month` (Minnesota NW WSA Letter 110: "at a minimum, monthly
 *   contact"): read as "a contact in every calendar month". The next contact
 *   is due by the last day of the month after the last contact's month
 *   (contact 2024-01-31 → due 2024-02-29; contact 2024-02-01 → due 2024-03-31).
 *   This is the lenient reading; agencies reading "monthly" as "every 30 days"
 *   choose `rolling-days` instead.
 * - `rolling-days`: a fixed window of `days` after the last contact (e.g. 30
 *   or 31, matching Minnesota DEED's "at least once every 30 days"), no soft exit.
 *
 * `dueSoonDays` is how many days before the due date a participant shows as "due soon".
 */
import * as z from 'zod';

const interval = z.number().int().min(1).max(366);

export const scheduleRulesSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('days'),
    days: interval.default(90),
    localDays: interval.optional(),
    softExit: z.boolean().default(true),
    dueSoonDays: z.number().int().min(0).max(90).default(14),
  }),
  z.object({
    kind: z.literal('calendar-month'),
    dueSoonDays: z.number().int().min(0).max(90).default(7),
  }),
  z.object({
    kind: z.literal('rolling-days'),
    days: interval.default(30),
    dueSoonDays: z.number().int().min(0).max(90).default(7),
  }),
]);
export type ScheduleRules = z.infer<typeof scheduleRulesSchema>;

/** Missouri Toolbox defaults: 90 days, soft exit. */
export const MISSOURI_RULES: ScheduleRules = scheduleRulesSchema.parse({ kind: 'days', days: 90, softExit: true });
/** Minnesota Workforce One default: a contact in every calendar month. */
export const MINNESOTA_RULES: ScheduleRules = scheduleRulesSchema.parse({ kind: 'calendar-month' });
