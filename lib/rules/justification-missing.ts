import { defineRule, documentsContact, templateFor } from './define';

/** MO §2: the note must "provide justification for continuation of services". */
export const justificationMissing = defineRule({
  id: 'justification-missing',
  severity: 'error',
  message: 'Say why services continue: what the customer still needs, the plan (ITA, IEP/ISS goal) and the next step.',
  docs: 'Fires on a contact that connected but gives no reason to continue services: words like continue/cont, remain enrolled, needs, plan to, next step, ITA, IEP/ISS goal, expected completion. Off in the Minnesota pack, whose letter asks for results rather than justification.',
  check(_note, ctx) {
    // A note that records no contact at all ("Checked in with client.") is held to the same standard; a refused one
    // that records only a try is not (documentsContact).
    if (!documentsContact(ctx)) return [];
    if (ctx.analysis.byTag('justification').length > 0) return [];
    return [ctx.flag({ fix: { kind: 'use-template', templateId: templateFor(ctx) } })];
  },
});
