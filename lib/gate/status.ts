/** What a content script's page is told: the effective settings, and the status of the participant its own page showed (never another). */
import type { ContentAnswers, GateContext } from './context';

export function statusAnswers(ctx: GateContext): ContentAnswers<'page-settings' | 'page-status'> {
  const { deps } = ctx;
  return {
    'page-settings': () => deps.pageSettings(),
    async 'page-status'(_request, caller) {
      const record = await ctx.recall(caller);
      if (!record?.system || !record.participantId) return null;
      return deps.handlers['participant-status']({ kind: 'participant-status', system: record.system, participantId: record.participantId });
    },
  };
}
