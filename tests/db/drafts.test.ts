import { describe, expect, it } from 'vitest';
import { clearDraft, loadDrafts, saveDraft } from '../../lib/db/drafts';
import { deletedAfterEach } from './helpers';

const { db } = deletedAfterEach();
const texts = async (d: ReturnType<typeof db>, pageKind = 'case-note') => (await loadDrafts(d, 'toolbox:1', pageKind)).map((x) => x.text);

describe('drafts', () => {
  it('keeps a draft per participant, page kind and visit, newest first, and clears one visit’s alone', async () => {
    const d = db();
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', visit: 'a1', text: 'First tab', updatedAt: '2025-01-10T10:00:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', visit: 'b2', text: 'Second tab', updatedAt: '2025-01-10T10:05:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', visit: 'a1', text: 'First tab, more', updatedAt: '2025-01-10T10:06:00Z' });
    expect(await texts(d)).toEqual(['First tab, more', 'Second tab']);
    expect(await texts(d, 'other')).toEqual([]);
    await clearDraft(d, 'toolbox:1', 'case-note', 'a1');
    expect(await texts(d)).toEqual(['Second tab']);
  });

  it('a draft restored into a visit goes with the save that keeps it there', async () => {
    const d = db();
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', visit: 'a1', text: 'Crashed tab', updatedAt: '2025-01-10T10:00:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', visit: 'c3', text: 'Crashed tab', updatedAt: '2025-01-10T11:00:00Z' }, 'a1');
    expect((await loadDrafts(d, 'toolbox:1', 'case-note')).map((x) => x.visit)).toEqual(['c3']);
  });

  it('reads a draft kept before drafts were kept by visit, and treats a corrupt one as none', async () => {
    const d = db();
    await d.drafts.put({ key: 'toolbox:1|case-note', participantKey: 'toolbox:1', pageKind: 'case-note', text: 'Old', updatedAt: '2025-01-09T10:00:00Z' } as never);
    await d.drafts.put({ key: 'toolbox:1|case-note|x', participantKey: 'toolbox:1', text: 5 } as never);
    expect(await loadDrafts(d, 'toolbox:1', 'case-note')).toMatchObject([{ visit: '', text: 'Old' }]);
    await clearDraft(d, 'toolbox:1', 'case-note', '');
    expect(await texts(d)).toEqual([]);
  });
});
