/**
 * A row that row.ts's fast path (plainRow) leaves alone, checked with zod and its problem put
 * in words. Loaded only when a file has such a row: most exports never load zod (check.ts).
 */
import * as z from 'zod';
import { describeZodError } from '../../zod-errors';

function textProblem(input: unknown): string {
  if (input === undefined) return 'text is missing';
  if (input === null) return 'text is empty (null)';
  const kind = Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'an object' : typeof input === 'number' ? 'a number' : typeof input === 'boolean' ? 'true or false' : typeof input;
  return `text must be the note in words (found ${kind})`;
}

export const rowSchema = z.object({
  id: z.union([z.string().trim().min(1, 'id is blank'), z.number()]).transform(String),
  // A JSON row's "text": 5 is there but not a note: say what was found rather than "missing".
  text: z.string({ error: (iss) => textProblem(iss.input) }),
  date: z.union([z.string(), z.number()]).transform(String).nullish(),
  contact_type: z.string().nullish(),
  participant_id: z.union([z.string(), z.number()]).transform(String).nullish(),
  staff: z.union([z.string(), z.number()]).transform(String).nullish(),
});
export type Row = z.output<typeof rowSchema>;

/** The row as rowSchema reads it, or the sentence that skips it. */
export function parseRow(data: Record<string, unknown>): Row | string {
  const parsed = rowSchema.safeParse(data);
  return parsed.success ? parsed.data : `${describeZodError(parsed.error, 'row')}; row skipped`;
}
