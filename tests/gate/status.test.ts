/** What a content script's page is told (lib/gate/status.ts): the status of the participant its own frame showed, and the page settings. */
import { describe, expect, it } from 'vitest';
import { statusAnswers } from '../../lib/gate/status';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { contentCaller, fakeGate, TOOLBOX } from './fake-gate';

describe("a frame's participant status", () => {
  it("is asked for the participant the frame's page showed, and for nobody when it showed none or is now on another site", async () => {
    const { ctx, asked, frames } = fakeGate();
    const status = statusAnswers(ctx)['page-status'];
    expect(await status({ kind: 'page-status' }, contentCaller(`${TOOLBOX}/participant?id=100234`))).toBeNull();

    await frames.remember('3:0', { origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
    expect(await status({ kind: 'page-status' }, contentCaller(`${TOOLBOX}/participant?id=100234`))).toEqual({ answeredBy: 'participant-status' });
    expect(asked).toEqual([{ kind: 'participant-status', system: 'toolbox', participantId: '100234' }]);

    // Another frame of the same tab, and the same frame once it moved to another site, learn nothing.
    expect(await status({ kind: 'page-status' }, contentCaller(`${TOOLBOX}/participant?id=100234`, 3, 1))).toBeNull();
    expect(await status({ kind: 'page-status' }, contentCaller('https://elsewhere.example/participant?id=100234'))).toBeNull();
    expect(asked).toHaveLength(1);
  });

  it('gives the page the settings the background published', async () => {
    const published = { ...DEFAULT_SETTINGS, dueSoonDays: 3 };
    const { ctx } = fakeGate({ pageSettings: async () => published });
    expect(await statusAnswers(ctx)['page-settings']({ kind: 'page-settings' }, contentCaller(`${TOOLBOX}/caseload`))).toBe(published);
  });
});
