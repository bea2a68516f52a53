/**
 * What an adapter reads from one page, as plain types. The schemas they come from
 * (schema.ts) are applied where a read crosses into the background (lib/gate/):
 * the content script does not carry zod, and the background trusts nothing it is sent.
 */
import type { z } from 'zod';
import type { SystemId } from '../model';
import type { caseloadEntrySchema, contactReadSchema, editorReadSchema, pageReadSchema, participantReadSchema } from './schema';

export type ParticipantRead = z.infer<typeof participantReadSchema>;
export type ContactRead = z.infer<typeof contactReadSchema>;
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;
export type EditorRead = z.infer<typeof editorReadSchema>;
export type PageRead = z.infer<typeof pageReadSchema>;
type PageReadInput = z.input<typeof pageReadSchema>;

export function emptyRead(system: SystemId, problems: string[] = []): PageRead {
  return { system, page: 'unknown', participant: null, contacts: [], historyShown: false, caseload: [], editor: null, problems };
}

/** An adapter's working copy: filled in as the page is read, then completed by `finishRead`. */
export function startRead(system: SystemId): PageReadInput & { problems: string[] } {
  return emptyRead(system, []);
}

/**
 * An adapter's result with the schema's defaults filled in. It is checked against the schema
 * where it crosses into the background (lib/gate/): a read that does not fit is recorded as
 * showing nothing there, and the case manager is told why.
 */
export function finishRead(raw: PageReadInput): PageRead {
  const participant = raw.participant && {
    ...raw.participant,
    activities: raw.participant.activities.map((a) => ({ ...a, code: a.code ?? null, startDate: a.startDate ?? null, endDate: a.endDate ?? null })),
    plannedGaps: raw.participant.plannedGaps.map((g) => ({ ...g, reason: g.reason ?? '' })),
  };
  return { ...raw, participant, historyShown: raw.historyShown ?? false, contacts: raw.contacts.map((c) => ({ ...c, subject: c.subject ?? null })) };
}

/**
 * The most of a page's HTML the stub sends when its frame leaves it before the reader came (lib/messages:
 * 'page-left'); a bigger page is read the next time it is open. Here, with no zod, as the stub needs it too.
 */
export const MAX_LEFT_PAGE_CHARS = 8_000_000;
