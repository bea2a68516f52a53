/**
 * A content script's drafts, kept under the participant its own frame's page showed (the script never
 * names one), or under the page's address when it showed nobody: out of reach of every other frame.
 */
import { participantKey } from '../db/schema';
import type { ContentAnswers, ContentCaller, GateContext } from './context';

export function draftAnswers(ctx: GateContext): ContentAnswers<'page-draft-load' | 'page-draft-save' | 'page-draft-discard'> {
  const { handlers } = ctx.deps;
  async function draftKey(caller: ContentCaller): Promise<string> {
    const record = await ctx.recall(caller);
    if (record?.system && record.participantId) return participantKey(record.system, record.participantId);
    // A page that names no participant keeps its draft under its own address.
    return `page:${caller.url.host}${caller.url.pathname}`;
  }
  return {
    'page-draft-load': async (request, caller) => handlers['draft-load']({ kind: 'draft-load', participantKey: await draftKey(caller), pageKind: request.pageKind }),
    'page-draft-save': async ({ kind: _, ...draft }, caller) => handlers['draft-save']({ kind: 'draft-save', participantKey: await draftKey(caller), ...draft }),
    'page-draft-discard': async ({ kind: _, ...discard }, caller) =>
      handlers['draft-discard']({ kind: 'draft-discard', participantKey: await draftKey(caller), ...discard }),
  };
}
