/**
 * Legacy systems label their contact-type drop-downs in many ways
 * ("Telephone", "Phone Call", "Office Visit", "E-mail"). This maps a
 * drop-down value onto ContactType; blank is null, unknown is an error the
 * caller reports (never a guess).
 */
import type { ContactType } from '../model';

const VALUES: ReadonlyArray<[ContactType, readonly string[]]> = [
  ['in-person', ['in person', 'inperson', 'in-person', 'office visit', 'ov', 'face to face', 'face-to-face', 'personal', 'personal contact', 'home visit', 'site visit', 'visit', 'walk-in', 'walk in', 'meeting']],
  ['telephone', ['telephone', 'phone', 'phone call', 'telephone call', 'call', 'tc', 'pc', 'tel', 'telephone contact', 'phone contact', 'virtual', 'video']],
  ['letter', ['letter', 'mail', 'us mail', 'postal', 'postal mail', 'correspondence', 'written', 'letter/mail']],
  ['email', ['email', 'e-mail', 'e mail', 'em', 'electronic mail', 'text', 'text message', 'sms']],
];
const LOOKUP = new Map<string, ContactType>(VALUES.flatMap(([type, names]) => names.map((n) => [n, type] as [string, ContactType])));

export type NormalisedContactType = { ok: true; contactType: ContactType | null } | { ok: false; reason: string };

export function normaliseContactType(value: string | null | undefined): NormalisedContactType {
  const v = (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (v === '' || v === '--' || v === 'select' || v === '-- select --' || v === 'none') return { ok: true, contactType: null };
  const hit = LOOKUP.get(v) ?? LOOKUP.get(v.replace(/[-_]/g, ' '));
  if (hit) return { ok: true, contactType: hit };
  return { ok: false, reason: `contact type "${v.slice(0, 40)}" is not one of in person, telephone, letter or e-mail` };
}
