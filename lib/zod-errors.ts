/**
 * zod's errors in the words the product shows people: one line per problem,
 * "where: what" ("ruleOverrides.pii-in-note: Invalid option ..."), so a bad
 * settings file, pack or stored row says which value was wrong and why.
 */
import type { z } from 'zod';

/**
 * Each problem as "path: message". A problem with the value as a whole has no
 * path: it is named `whole` ("file", "row", "(pack)"), or given bare when
 * `whole` is left out.
 */
export function zodIssues(error: z.ZodError, whole?: string): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : whole;
    return where === undefined ? issue.message : `${where}: ${issue.message}`;
  });
}

/** Where each problem is, without what: "contacts.0.date", or `whole` for the value as a whole. */
export function zodPaths(error: z.ZodError, whole: string): string[] {
  return error.issues.map((issue) => (issue.path.length ? issue.path.map(String).join('.') : whole));
}

/** Every problem on one line, separated by semicolons. */
export function describeZodError(error: z.ZodError, whole?: string): string {
  return zodIssues(error, whole).join('; ');
}

/**
 * Each problem as where (its path after the first `drop` keys; '' for the value as a whole) and why
 * (zod's message without its full stop), for callers that say it in their own sentences.
 */
export function zodProblems(error: z.ZodError, drop = 0): { where: string; why: string }[] {
  return error.issues.map((issue) => ({ where: issue.path.slice(drop).map(String).join('.'), why: issue.message.replace(/\.$/, '') }));
}
