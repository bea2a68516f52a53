/**
 * The fixed lists of the shared vocabulary (contact types, parties, severities) as plain
 * constants, and what follows from them alone. No zod here: the note checker, the schedule
 * and `cli audit` run on these without loading zod, whose schemas (lib/model.ts) are built
 * from the same lists for the edges where data comes in.
 */

export const CONTACT_TYPES = ['in-person', 'telephone', 'letter', 'email'] as const;
type ContactType = (typeof CONTACT_TYPES)[number];

/** Who the contact was with. */
export const PARTIES = ['participant', 'provider', 'alternate', 'other'] as const;

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** A letter or an e-mail: a written contact, which counts only once the participant's reply is documented. */
export function isWritten(type: ContactType | null | undefined): boolean {
  return type === 'letter' || type === 'email';
}
