import { defineRule, onlyUnanswered } from './define';

/** MO §2.3: letters and e-mails count only when they result in a contact or a reply from the customer. */
export const responsePending = defineRule({
  id: 'response-pending',
  severity: 'warning',
  message: 'A letter or e-mail counts only once the customer replies. Record the reply (and its date) when it comes, before the contact deadline.',
  docs: 'Fires when the note records a letter, e-mail or text sent to the participant with no reply, call-back or visit documented. It is a reminder, not an error: the reply may still arrive in time.',
  check(_note, ctx) {
    // (Also a message whose only failure is that no reply has come: "E-mailed the checklist 3/11. No reply yet.")
    if (!ctx.contact.pendingWritten && !onlyUnanswered(ctx)) return [];
    const sent = ctx.analysis.pendingWritten;
    return [ctx.flag({ ...(sent ? { start: sent.start, end: sent.end } : {}), fix: { kind: 'use-template', templateId: 'letter-response' } })];
  },
});
