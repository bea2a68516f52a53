/** Reading stored rows: each is checked against its schema, and one bad row never hides the rest. */
import type * as z from 'zod';
import { zodIssues } from '../zod-errors';
import type { SkippedRow } from './schema';

/** Keeps the rows that pass the schema and reports the rest, so one bad row never hides the list. */
export function validRows<S extends z.ZodType>(
  raw: readonly unknown[],
  schema: S,
  table: SkippedRow['table'],
): { rows: z.infer<S>[]; skipped: SkippedRow[] } {
  const rows: z.infer<S>[] = [];
  const skipped: SkippedRow[] = [];
  for (const r of raw) {
    const parsed = schema.safeParse(r);
    if (parsed.success) {
      rows.push(parsed.data);
    } else {
      skipped.push({ table, key: rawKey(r), reason: zodIssues(parsed.error, 'row')[0] ?? 'invalid row' });
    }
  }
  return { rows, skipped };
}

function rawKey(r: unknown): string {
  if (typeof r === 'object' && r !== null) {
    const o = r as Record<string, unknown>;
    for (const k of ['key', 'dedupeKey', 'id']) if (typeof o[k] === 'string') return o[k];
  }
  return '(unknown)';
}
