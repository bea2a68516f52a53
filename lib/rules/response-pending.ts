import { isWrittenChannel } from '../text/analyze';
import { defineRule, onlyUnanswered } from './define';
import { pendingIsTheirs } from '../text/pending-recipient';

/** MO §2.3: letters and e-mails count only when they result in a contact or a reply from the customer. */
export const responsePending = defineRule({
  id: 'response-pending',
  severity: 'warning',
  message: 'A letter or e-mail counts only once the customer replies. Record the reply (and its date) when it comes, before the contact deadline.',
  docs: 'Fires when the note records a letter, e-mail or text sent to the participant with no reply, call-back or visit documented. It is a reminder, not an error: the reply may still arrive in time.',
  check(note, ctx) {
    // (Also a message whose only failure is that no reply has come: "E-mailed the checklist 3/11. No reply yet.")
    if (!ctx.contact.pendingWritten && !onlyUnanswered(ctx)) return [];
    let sent = ctx.analysis.pendingWritten;
    // Someone else's message, one to someone else, or a document called a letter: no reply of the customer's is due,
    // unless another message of ours went out in the note ("Her MWA worker e-mailed 3/10 … Mailed customer a letter 3/11").
    if (sent && pendingIsTheirs(note.text, sent)) {
      sent = ctx.analysis.events.find((e) => e !== sent && e.outcome === 'one-way' && !e.incoming && isWrittenChannel(e.channel) && !pendingIsTheirs(note.text, e)) ?? null;
      if (!sent) return [];
    }
    return [ctx.flag({ ...(sent ? { start: sent.start, end: sent.end } : {}), fix: { kind: 'use-template', templateId: 'letter-response' } })];
  },
});
