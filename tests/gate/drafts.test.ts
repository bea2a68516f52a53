/** A content script's drafts (lib/gate/drafts.ts): kept under the participant its own frame showed, or under the page's address. */
import { describe, expect, it } from 'vitest';
import { participantKey } from '../../lib/db/schema';
import { draftAnswers } from '../../lib/gate/drafts';
import { contentCaller, fakeGate, TOOLBOX } from './fake-gate';

const NOTE_PAGE = `${TOOLBOX}/casenote/new?id=100234`;

describe("a frame's drafts", () => {
  it("are kept, loaded and discarded under the participant the frame's page showed", async () => {
    const { ctx, asked, frames } = fakeGate();
    await frames.remember('3:2', { origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
    const drafts = draftAnswers(ctx);
    const frame = contentCaller(NOTE_PAGE, 3, 2);
    await drafts['page-draft-save']({ kind: 'page-draft-save', pageKind: 'note-editor', visit: 'a1', text: 'Met with' }, frame);
    await drafts['page-draft-load']({ kind: 'page-draft-load', pageKind: 'note-editor' }, frame);
    await drafts['page-draft-discard']({ kind: 'page-draft-discard', pageKind: 'note-editor', visit: 'a1', submitted: 'Met with' }, frame);
    const key = participantKey('toolbox', '100234');
    expect(asked).toEqual([
      { kind: 'draft-save', participantKey: key, pageKind: 'note-editor', visit: 'a1', text: 'Met with' },
      { kind: 'draft-load', participantKey: key, pageKind: 'note-editor' },
      { kind: 'draft-discard', participantKey: key, pageKind: 'note-editor', visit: 'a1', submitted: 'Met with' },
    ]);
  });

  it("are kept under the page's address where the frame showed nobody, or now shows another site", async () => {
    const { ctx, asked, frames } = fakeGate();
    await frames.remember('3:2', { origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
    const load = draftAnswers(ctx)['page-draft-load'];
    await load({ kind: 'page-draft-load', pageKind: 'note-editor' }, contentCaller(NOTE_PAGE, 3, 1));
    await load({ kind: 'page-draft-load', pageKind: 'note-editor' }, contentCaller('https://cases.agency.example/notes/new?x=1', 3, 2));
    expect(asked.map((r) => r.participantKey)).toEqual(['page:demo.toolbox.mo.gov/toolbox/casenote/new', 'page:cases.agency.example/notes/new']);
  });
});
