/**
 * Contact-type drop-downs and columns say the same thing many ways
 * ("Face to Face", "Office Visit", "E-Mail"). The rules only know four kinds.
 */
import type { ContactType } from '../model';

const PATTERNS: readonly [RegExp, ContactType][] = [
  [/^(in person|in-person|face to face|face-to-face|office visit)$/, 'in-person'],
  [/^(telephone|phone|phone call|telephone call)$/, 'telephone'],
  [/^(e-mail|email|e mail)$/, 'email'],
  [/^letter$/, 'letter'],
];

/** Returns null for kinds the policies don't count (text message, other, blank). */
export function normalizeContactType(text: string): ContactType | null {
  const key = text
    .toLowerCase()
    .replace(/[\u00a0\s_]+/g, ' ')
    .replace(/[^a-z0-9 -]/g, '')
    .trim();
  for (const [pattern, type] of PATTERNS) if (pattern.test(key)) return type;
  return null;
}
