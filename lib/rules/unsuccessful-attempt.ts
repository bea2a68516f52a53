import { defineRule, onlyUnanswered } from './define';

/**
 * MO §2.2: "A contact stating there was no answer or that a message was left is
 * not sufficient." When a later contact in the same note connected, the attempt
 * is only worth an info note, never an error.
 */
export const unsuccessfulAttempt = defineRule({
  id: 'unsuccessful-attempt',
  severity: 'error',
  message: 'A call with no answer, a message left, a no-show or returned mail is an attempt, not a case management contact. Keep trying and record the contact once you reach the customer.',
  docs: 'Fires on attempts that never connected: no answer (NA), left message (LM, LMOM, VM), number disconnected, wrong number, mail returned, no-show, not reached. The span points at the first attempt; every attempt phrase in the note is underlined. If the same note later documents a contact that connected ("LM 3/2; customer called back 3/3"), the finding is info only, and so it is when the note itself says the attempt does not count ("This attempt is not a case management contact").',
  check(_note, ctx) {
    const c = ctx.contact;
    // A message still waiting for its reply is response-pending's reminder, not a failed try.
    if (onlyUnanswered(ctx)) return [];
    const all = ctx.analysis.attempts.filter((t) => !(t.kind === 'response' && c.pendingWritten));
    // Point at what went wrong ("no answer"), not at the word "attempted", when the note says both.
    const concrete = all.filter((t) => !t.generic);
    const attempts = concrete.length ? concrete : all;
    const first = attempts[0];
    if (!first) return [];
    // Every attempt phrase is underlined ("no answer … LM"); the finding points at the first.
    const also = attempts.slice(1).map(({ start, end }) => ({ start, end }));
    const where = { start: first.start, end: first.end, ...(also.length ? { also } : {}) };
    // Merged with Object.assign, not spread (slow in V8; checkNote runs for every note); the finding's keys keep their order.
    if (c.contactHappened) {
      return [
        ctx.flag(
          Object.assign(
            { severity: 'info' as const, message: 'This note also records an attempt that did not connect; that is fine because a contact that did connect is documented too.' },
            where,
          ),
        ),
      ];
    }
    // Written up honestly as an attempt that does not count (as the attempt template does): a reminder, not an error.
    if (ctx.analysis.byTag('attempt:acknowledged').length > 0) {
      return [
        ctx.flag(
          Object.assign({ severity: 'info' as const, message: 'Recorded as an attempt: it does not count as a case management contact and does not reset the contact clock.' }, where),
        ),
      ];
    }
    return [ctx.flag(Object.assign(where, { fix: { kind: 'use-template' as const, templateId: 'attempt' } }))];
  },
});
