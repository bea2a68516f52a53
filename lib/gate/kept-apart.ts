/** A page read from a site that is not its system's own, kept apart from that system's people. */
import type { PageRead } from '../adapters';

/**
 * A built-in system's page read on another site: its IDs are that site's, not the system's (Toolbox's 100234 and an
 * agency's 100234 are two people), so they are prefixed with the page's host. The generic reader's pages have no
 * site of their own and keep their IDs.
 */
export function keptApart(read: PageRead, host: string): PageRead {
  const id = (raw: string) => `${host}/${raw}`;
  return {
    ...read,
    participant: read.participant ? { ...read.participant, id: id(read.participant.id) } : null,
    caseload: read.caseload.map((row) => ({ ...row, id: id(row.id) })),
    editor: read.editor?.participantId ? { ...read.editor, participantId: id(read.editor.participantId) } : read.editor,
  };
}
