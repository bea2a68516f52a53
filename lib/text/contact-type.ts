/**
 * Legacy systems label their contact-type drop-downs and columns in many ways
 * ("Telephone", "Phone Call", "Office Visit", "E-mail"). This one table maps
 * such a value onto ContactType for the adapters (a page's drop-down or notes
 * grid) and the command line (an export's column) alike: blank is null,
 * unknown is an error the caller reports or treats as "not said" (never a guess).
 * As in the note reader, a text message is written (`email`) and a video call
 * real-time (`telephone`).
 */
import type { ContactType } from '../model';

const VALUES: ReadonlyArray<[ContactType, readonly string[]]> = [
  ['in-person', ['in person', 'inperson', 'in-person', 'office visit', 'ov', 'face to face', 'face-to-face', 'personal', 'personal contact', 'home visit', 'site visit', 'visit', 'walk-in', 'walk in', 'meeting']],
  ['telephone', ['telephone', 'phone', 'phone call', 'telephone call', 'call', 'tc', 'pc', 'tel', 'telephone contact', 'phone contact', 'virtual', 'video']],
  ['letter', ['letter', 'mail', 'us mail', 'postal', 'postal mail', 'correspondence', 'written', 'letter/mail']],
  ['email', ['email', 'e-mail', 'e mail', 'em', 'electronic mail', 'text', 'text message', 'sms']],
];
const LOOKUP = new Map<string, ContactType>(VALUES.flatMap(([type, names]) => names.map((n) => [n, type] as [string, ContactType])));

type NormalisedContactType = { ok: true; contactType: ContactType | null } | { ok: false; reason: string };

/** The type a value names, null for blank, undefined for a value no table knows (the value, normalised, with it). */
function lookUp(value: string | null | undefined): [ContactType | null | undefined, string] {
  const v = (value ?? '').toLowerCase().replace(/[\u00a0\s_]+/g, ' ').trim();
  if (v === '' || v === '--' || v === 'select' || v === '-- select --' || v === 'none') return [null, v];
  // Punctuation a system adds ("Phone Call.", "E-Mail*") says nothing about the kind.
  return [LOOKUP.get(v) ?? LOOKUP.get(v.replace(/-/g, ' ')) ?? LOOKUP.get(v.replace(/[^a-z0-9 /-]/g, '').trim()), v];
}

export function normaliseContactType(value: string | null | undefined): NormalisedContactType {
  const [hit, v] = lookUp(value);
  if (hit !== undefined) return { ok: true, contactType: hit };
  return { ok: false, reason: `contact type "${v.slice(0, 40)}" is not one of in person, telephone, letter or e-mail` };
}

/**
 * A page's contact type, or null where it is blank or not one the policies know (a page read never fails on it).
 * (Without the words of normaliseContactType's refusal: the content script, which has only this, carries none.)
 */
export function contactTypeOrNull(value: string | null | undefined): ContactType | null {
  return lookUp(value)[0] ?? null;
}
