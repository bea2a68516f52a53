/** A content script's page reads (lib/gate/reads.ts): what reaches the caseload, under which IDs, and whom the frame is remembered to show. */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { readAnswers, unreadablePage } from '../../lib/gate/reads';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { caseloadRead, contentCaller, fakeGate, noteFormRead, TOOLBOX } from './fake-gate';

describe("a frame's page read", () => {
  it('remembers whom a note form shows without writing to the caseload', async () => {
    const { ctx, asked, frames } = fakeGate();
    const answer = await readAnswers(ctx)['page-read']({ kind: 'page-read', read: noteFormRead('100234') }, contentCaller(`${TOOLBOX}/casenote/new?id=100234`));
    expect(answer).toEqual({ ok: true });
    expect(asked).toEqual([]);
    expect(await frames.get('3:0')).toEqual({ origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
  });

  it("hands a caseload to the caseload as read on the system's own site, and under the page's host on anyone else's", async () => {
    const { ctx, asked, frames } = fakeGate();
    const reads = readAnswers(ctx);
    await reads['page-read']({ kind: 'page-read', read: caseloadRead('800001') }, contentCaller(`${TOOLBOX}/caseload`));
    await reads['page-read']({ kind: 'page-read', read: caseloadRead('800001') }, contentCaller('https://cases.agency.example/caseload', 4));
    const ids = asked.map((r) => (r.read as ReturnType<typeof caseloadRead>).caseload.map((row) => row.id));
    expect(asked.map((r) => r.kind)).toEqual(['page-read', 'page-read']);
    expect(ids).toEqual([['800001'], ['cases.agency.example/800001']]);
    // A caseload names nobody in particular: the frame shows no one.
    expect(await frames.get('3:0')).toMatchObject({ participantId: null, system: null });
  });
});

describe('a page left before its reader came', () => {
  it('is read from its HTML and added to the caseload, only on a site the extension runs on', async () => {
    const readLeftPage = vi.fn(async () => caseloadRead('800002'));
    const { ctx, asked, frames } = fakeGate({ readLeftPage });
    const left = readAnswers(ctx)['page-left'];
    expect(await left({ kind: 'page-left', html: '<html>elsewhere</html>' }, contentCaller('https://evil.example/caseload'))).toEqual({ ok: true });
    expect(readLeftPage).not.toHaveBeenCalled();

    expect(await left({ kind: 'page-left', html: '<html>grid</html>' }, contentCaller(`${TOOLBOX}/caseload`))).toEqual({ answeredBy: 'page-read' });
    expect(readLeftPage).toHaveBeenCalledWith('<html>grid</html>', `${TOOLBOX}/caseload`, DEFAULT_SETTINGS);
    expect(asked).toHaveLength(1);
    // What the frame shows now is its new page's business.
    expect(await frames.get('3:0')).toBeUndefined();
  });

  it('adds nothing when what was read does not fit a page read', async () => {
    const { ctx, asked } = fakeGate({ readLeftPage: async () => ({ system: 'toolbox', caseload: 'not a list' }) });
    expect(await readAnswers(ctx)['page-left']({ kind: 'page-left', html: '<p>' }, contentCaller(`${TOOLBOX}/caseload`))).toEqual({ ok: true });
    expect(asked).toEqual([]);
  });
});

describe('a page read that does not fit', () => {
  it('leaves the frame showing nobody and says which parts did not fit', async () => {
    const { frames } = fakeGate();
    await frames.remember('3:0', { origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
    const error = z.object({ read: z.object({ caseload: z.array(z.string()) }) }).safeParse({ read: { caseload: 'x' } }).error!;
    expect(await unreadablePage(frames, error, contentCaller(`${TOOLBOX}/caseload`))).toEqual({
      ok: false,
      error: "Couldn't make sense of what this page shows (caseload), so nothing from it is used.",
    });
    expect(await frames.get('3:0')).toEqual({ origin: 'https://demo.toolbox.mo.gov', system: null, participantId: null });
  });
});
