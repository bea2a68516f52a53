/**
 * The background's front door: who sent a message decides what it may ask.
 *
 * - Our own extension pages (popup, options: `sender.url` on the extension's
 *   origin) may send the extension-page requests: any participant, the whole
 *   caseload, settings, import, export, erasure.
 * - A content script (a frame in a tab, on a host page) may send only the
 *   content requests: its page's read, the sidebar's settings, and the status
 *   and drafts of the participant that frame's own page read reported. It
 *   never names a participant: the gate remembers, per frame, who its last
 *   page read showed and on which origin, and answers for them alone.
 * - Anything else (another extension, a sender with no URL or no tab) is refused.
 *
 * This file only decides who may ask and dispatches; each topic of a content script's requests is
 * answered in its own file (reads, status, checks, injection, drafts). Pure: the sender and the
 * extension's own id and origin come in as data.
 */
import { contentRequestSchema, isExtensionRequest, makeDispatcher, requestSchema } from '../messages';
import type { ContentKind, ContentRequest, Envelope } from '../messages';
import { describeZodError } from '../zod-errors';
import { checkAnswers } from './checks';
import { gateContext, type ContentAnswers, type ContentCaller, type GateDeps } from './context';
import { draftAnswers } from './drafts';
import { injectionAnswers } from './injection';
import { readAnswers, unreadablePage } from './reads';
import { identifySender } from './sender';
import { statusAnswers } from './status';

const refused = (error: string): Envelope => ({ ok: false, error: `Refused: ${error}` });

function kindOf(raw: unknown): string | null {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind.slice(0, 40) : null;
}

/** The background's message handler: `(message, sender) => answer`. */
export function makeGate(deps: GateDeps): (raw: unknown, sender: unknown) => Promise<Envelope> {
  const dispatch = makeDispatcher(deps.handlers);
  const ctx = gateContext(deps);
  // Every content kind has exactly one topic: a new kind without one does not compile.
  const answers: ContentAnswers<ContentKind> = { ...readAnswers(ctx), ...statusAnswers(ctx), ...checkAnswers(ctx), ...injectionAnswers(ctx), ...draftAnswers(ctx) };

  async function fromExtensionPage(raw: unknown): Promise<Envelope> {
    const parsed = requestSchema.safeParse(raw);
    if (parsed.success && isExtensionRequest(parsed.data)) return dispatch(parsed.data);
    if (parsed.success || contentRequestSchema.safeParse(raw).success) return refused(`${kindOf(raw)} comes only from a content script's own page.`);
    return { ok: false, error: `Rejected message: ${describeZodError(parsed.error, 'message')}` };
  }

  async function fromContentScript(raw: unknown, caller: ContentCaller): Promise<Envelope> {
    const parsed = contentRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const kind = kindOf(raw);
      if (kind === 'page-read') return unreadablePage(deps.frames, parsed.error, caller);
      if (kind && requestSchema.options.some((o) => o.shape.kind.value === kind)) return refused(`${kind} is answered only for the extension's own pages.`);
      return { ok: false, error: `Rejected message: ${describeZodError(parsed.error, 'message')}` };
    }
    try {
      const answer = answers[parsed.data.kind] as (request: ContentRequest, caller: ContentCaller) => Promise<unknown>;
      return { ok: true, result: await answer(parsed.data, caller) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return async function gate(raw, sender) {
    const caller = identifySender(sender, deps.self);
    if (!caller) return refused('not sent by this extension.');
    return caller.channel === 'extension-page' ? fromExtensionPage(raw) : fromContentScript(raw, caller);
  };
}
