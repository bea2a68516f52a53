/**
 * Loading the reader, the coach, or both (`note-frame`), the reader of an unknown system's past notes
 * (`history`, for a note frame) or the coach's panel (`panel`, once it first opens) into the frame that asked: only that frame (the
 * browser's sender, never the message), and only on a site this build runs on or an agency's own.
 */
import type { ContentAnswer, ContentAnswers, ContentCaller, GateContext } from './context';

type Part = 'reader' | 'coach' | 'note-frame' | 'history' | 'panel';
const NAMES: Record<Part, string> = { reader: 'reader', coach: 'coach', 'note-frame': 'note-frame', history: 'history reader', panel: 'panel' };

export function injectionAnswers(ctx: GateContext): ContentAnswers<'page-reader' | 'page-coach' | 'page-history' | 'page-panel'> {
  const { deps } = ctx;
  async function load(part: Part, caller: ContentCaller) {
    if (!deps.inject) throw new Error(`The ${NAMES[part]} is not loaded here.`);
    const settings = await deps.pageSettings();
    if (!ctx.onSiteWeRunOn(caller, settings)) throw new Error(`Refused: the ${NAMES[part]} runs only on the sites this extension runs on.`);
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
    'page-history': async (_request, caller) => {
      await load('history', caller);
      return { ok: true as const };
    },
    'page-panel': async (_request, caller) => {
      await load('panel', caller);
      return { ok: true as const };
    },
  };
}
