import { defineRule, templateFor } from './define';

/** MO §2 and MN Policy 3 both require the type of contact; the page's drop-down counts. */
export const contactTypeMissing = defineRule({
  id: 'contact-type-missing',
  severity: 'error',
  message: 'Say how the contact was made: in person, telephone, letter or e-mail.',
  docs: 'Fires when neither the contact-type field nor the text says whether the contact was in person, by telephone, by letter or by e-mail (abbreviations such as OV, TC, LM and EM are understood).',
  check(_note, ctx) {
    if (ctx.contact.contactType !== null) return [];
    return [ctx.flag({ fix: { kind: 'use-template', templateId: templateFor(ctx) } })];
  },
});
