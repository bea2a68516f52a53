import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from '../../lib/db/drafts';
import { deletedAfterEach } from './helpers';

const { db } = deletedAfterEach();

describe('drafts', () => {
  it('saves, loads and clears a draft per participant and page kind', async () => {
    const d = db();
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', text: 'Half-written note', updatedAt: '2025-01-10T10:00:00Z' });
    expect((await loadDraft(d, 'toolbox:1', 'case-note'))?.text).toBe('Half-written note');
    expect(await loadDraft(d, 'toolbox:1', 'other')).toBeNull();
    await clearDraft(d, 'toolbox:1', 'case-note');
    expect(await loadDraft(d, 'toolbox:1', 'case-note')).toBeNull();
  });
  it('treats a corrupt draft as no draft', async () => {
    const d = db();
    await d.drafts.put({ key: 'toolbox:1|case-note', text: 5 } as never);
    expect(await loadDraft(d, 'toolbox:1', 'case-note')).toBeNull();
  });
});
