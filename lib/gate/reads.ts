/**
 * A content script's page reads: what its frame's page shows (`page-read`), and a page its frame left
 * before the reader came (`page-left`, read here from its HTML). Both are bounded and placed again on
 * arrival (the content script carries no zod and a page may have got into its world), and both reach
 * the caseload only when they show someone; a `page-read` also records whom the frame shows.
 */
import type * as z from 'zod';
import { boundRead } from '../adapters/limits';
import type { PageRead } from '../adapters';
import { knownPageReadSchema, type Envelope, type Response } from '../messages';
import { zodPaths } from '../zod-errors';
import type { ContentAnswers, ContentCaller, GateContext } from './context';
import type { FrameMemory } from './frames';
import { originOf } from './sender';

export function readAnswers(ctx: GateContext): ContentAnswers<'page-read' | 'page-left'> {
  const { deps } = ctx;
  /** Only a read that shows someone reaches the caseload: one that only said who this frame shows must not queue behind its writes. */
  const keep = (read: PageRead): Promise<Response<'page-read'>> =>
    !read.participant && !read.caseload.length ? Promise.resolve({ ok: true as const }) : deps.handlers['page-read']({ kind: 'page-read', read });

  return {
    async 'page-read'(request, caller) {
      const remembered = (async () => {
        // The browser says which page this frame is on: links are held to that origin.
        const bounded = boundRead(request.read, { pageUrl: caller.url.href, sites: ctx.runsOn(await deps.pageSettings()) });
        const read = ctx.place(bounded, caller.url);
        const participantId = read.participant?.id ?? read.editor?.participantId ?? null;
        await deps.frames.remember(caller.frame, { origin: originOf(caller.url), system: participantId ? read.system : null, participantId });
        return read;
      })();
      // Asked meanwhile (the coach asks for the status as the read goes out), the frame is told only once this read is in.
      return keep(await deps.frames.noting(caller.frame, remembered));
    },
    async 'page-left'(request, caller) {
      // The page the browser says sent this is gone (or going): its HTML is read here, never trusted more than a
      // page read, and only from a site this build runs on. The frame shows another page by now, so what it shows
      // is left to that page's own stub and reader: this read only adds to the caseload.
      const settings = await deps.pageSettings();
      if (!deps.readLeftPage || !ctx.onSiteWeRunOn(caller, settings)) return { ok: true as const };
      const parsed = knownPageReadSchema.safeParse(await deps.readLeftPage(request.html, caller.url.href, settings));
      if (!parsed.success) return { ok: true as const };
      return keep(ctx.place(boundRead(parsed.data, { pageUrl: caller.url.href, sites: ctx.runsOn(settings) }), caller.url));
    },
  };
}

/**
 * A page read that does not fit the schema (the content script does not check it: it carries no
 * zod) is used for nothing: the frame is remembered as showing nobody, and the answer says why (the content
 * script takes that "no" as final: it does not send the read again, and the page simply gets no warnings).
 */
export async function unreadablePage(frames: FrameMemory, error: z.ZodError, caller: ContentCaller): Promise<Envelope> {
  await frames.remember(caller.frame, { origin: originOf(caller.url), system: null, participantId: null });
  const where = zodPaths(error, 'page')
    .map((path) => path.replace(/^read\.?/, '') || 'page')
    .slice(0, 3)
    .join(', ');
  return { ok: false, error: `Couldn't make sense of what this page shows (${where}), so nothing from it is used.` };
}
