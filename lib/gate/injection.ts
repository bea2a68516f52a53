/**
 * Loading the reader, the coach, or both (`note-frame`) into the frame that asked: only that frame (the
 * browser's sender, never the message), and only on a site this build runs on or an agency's own.
 */
import type { ContentAnswer, ContentAnswers, ContentCaller, GateContext } from './context';

type Part = 'reader' | 'coach' | 'note-frame';

export function injectionAnswers(ctx: GateContext): ContentAnswers<'page-reader' | 'page-coach'> {
  const { deps } = ctx;
  async function load(part: Part, caller: ContentCaller) {
    if (!deps.inject) throw new Error(`The ${part} is not loaded here.`);
    const settings = await deps.pageSettings();
    if (!ctx.onSiteWeRunOn(caller, settings)) throw new Error(`Refused: the ${part} runs only on the sites this extension runs on.`);
    await deps.inject(caller.tabId, caller.frameId, part);
    return settings;
  }
  const reader: ContentAnswer<'page-reader'> = async (request, caller) => {
    const settings = await load(request.coach ? 'note-frame' : 'reader', caller);
    // The reader's first question, answered with its loading: its first read goes out one round trip sooner.
    return { ok: true as const, settings };
  };
  return {
    'page-reader': reader,
    'page-coach': async (_request, caller) => {
      await load('coach', caller);
      return { ok: true as const };
    },
  };
}
