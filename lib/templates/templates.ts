/**
 * One-click case-note templates. `{{field}}` is filled from the page (name,
 * activity, date, contact type); `[[label]]` is a visible blank the case
 * manager completes. A completed template passes the rules of its pack.
 */
import * as z from 'zod';
import { contactTypeSchema, partySchema } from '../model';

export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  label: z.string().min(1).max(80),
  /** Ids of the packs an agency's template is offered for; empty means every pack. */
  packs: z.array(z.string().min(1).max(100)).default([]),
  contactType: contactTypeSchema.nullable().default(null),
  party: partySchema.default('participant'),
  /** True for templates that document something that does not count as a contact. */
  attemptOnly: z.boolean().default(false),
  body: z.string().min(1).max(20_000),
});
export type NoteTemplate = z.infer<typeof templateSchema>;
type NoteTemplateInput = z.input<typeof templateSchema>;

export const BUILT_IN_TEMPLATES: NoteTemplate[] = (
  [
    {
      id: 'in-person',
      label: 'In-person contact',
      contactType: 'in-person',
      body:
        'In-person contact with {{participantName}} on {{date}} at [[where you met]]. ' +
        'Progress in {{activity}}: [[attendance, grades or hours completed]]. ' +
        'Services should continue because [[why continuing services is justified]]. ' +
        'Next step: [[next step and when]].',
    },
    {
      id: 'telephone',
      label: 'Telephone contact',
      contactType: 'telephone',
      body:
        'Telephone contact: spoke with {{participantName}} by phone on {{date}}. ' +
        'Progress in {{activity}}: [[attendance, grades or hours completed]]. ' +
        'Services should continue because [[why continuing services is justified]]. ' +
        'Next step: [[next step and when]].',
    },
    {
      id: 'provider',
      label: 'Training provider contact',
      contactType: 'telephone',
      party: 'provider',
      body:
        'Telephone contact with the training provider, [[provider name and title]], on {{date}} about {{participantName}}. ' +
        'Provider reports progress in {{activity}}: [[attendance, grades or hours completed]]. ' +
        'Services should continue because [[why continuing the activity is justified]]. ' +
        'Next step: [[next step and when]].',
    },
    {
      id: 'alternate',
      label: 'Alternate contact',
      contactType: 'telephone',
      party: 'alternate',
      body:
        'Telephone contact with alternate contact [[name and relationship]] on {{date}}, who has direct knowledge of {{participantName}}\'s progress. ' +
        'Progress in {{activity}}: [[attendance, grades or hours completed]]. ' +
        'Services should continue because [[why continuing services is justified]]. ' +
        'Next step: [[next step and when]].',
    },
    {
      id: 'letter-response',
      label: 'Letter / e-mail with response',
      contactType: 'email',
      body:
        'E-mail sent to {{participantName}} on [[date sent]]; the participant responded by e-mail on {{date}}. ' +
        'Progress in {{activity}} per the response: [[attendance, grades or hours completed]]. ' +
        'Services should continue because [[why continuing services is justified]]. ' +
        'Next step: [[next step and when]].',
    },
    {
      id: 'attempt',
      label: 'Unsuccessful attempt (does not count)',
      contactType: 'telephone',
      attemptOnly: true,
      body:
        'Attempted telephone contact with {{participantName}} on {{date}}: [[no answer / left message / number disconnected]]. ' +
        'This attempt is not a case management contact. Next step: [[next attempt, method and date]].',
    },
  ] satisfies NoteTemplateInput[]
).map((t) => templateSchema.parse(t));

/** The templates offered under a pack: the built-in ones, the pack's own, then the agency's for that pack. */
export function templatesFor(pack: { base: string; templates: readonly NoteTemplate[] }, custom: readonly NoteTemplate[] = []): NoteTemplate[] {
  const byId = new Map<string, NoteTemplate>();
  for (const t of [...BUILT_IN_TEMPLATES, ...pack.templates, ...custom]) byId.set(t.id, t); // later ones replace earlier ones with the same id
  return [...byId.values()].filter((t) => t.packs.length === 0 || t.packs.includes(pack.base));
}
