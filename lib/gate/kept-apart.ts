/** A page read from a site that is not its system's own, kept apart from that system's people. */
import type { PageRead } from '../adapters';

/**
 * A built-in system's page read on another site: its IDs are that site's, not the system's (Toolbox's 100234 and an
 * agency's 100234 are two people), so they are prefixed with the page's host. The generic reader's pages are all on
 * sites of their own (two agencies' systems can both have a 12345), so theirs always are (`placedRead`).
 */
function keptApart(read: PageRead, host: string): PageRead {
  const id = (raw: string) => `${host}/${raw}`;
  return {
    ...read,
    participant: read.participant ? { ...read.participant, id: id(read.participant.id) } : null,
    caseload: read.caseload.map((row) => ({ ...row, id: id(row.id) })),
    editor: read.editor?.participantId ? { ...read.editor, participantId: id(read.editor.participantId) } : read.editor,
  };
}

/**
 * A read as it is kept: a built-in system's on its own site as read; anything else under the page's host
 * (the generic reader's from any site, a built-in system's drawn on another). The database's v6 upgrade
 * moved generic IDs stored before this to the same form (lib/db/upgrades.ts).
 */
export function placedRead(read: PageRead, url: URL, ownSite: (system: PageRead['system'], url: string) => boolean): PageRead {
  return read.system !== 'generic' && ownSite(read.system, url.href) ? read : keptApart(read, url.host);
}
