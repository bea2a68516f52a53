/**
 * The background's trust boundary (lib/gate/), participant by participant: a content script learns and changes only
 * what concerns the participant its own page showed (status, drafts, which frame showed whom), the same IDs on two
 * sites are two people, and links in a page read are kept only on the frame's own origin.
 */
import { describe, expect, it, vi } from 'vitest';
import { FrameMemory, type FrameRecord } from '../../lib/gate/frames';
import type { PageRead } from '../../lib/adapters';
import { emptyRead } from '../../lib/adapters/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { deletedAfterEach } from '../db/helpers';
import { fixture, realGate, SENDERS, TB } from './real-gate';

const setup = realGate(deletedAfterEach().db);

describe('a content script learns only about the participant on its own page', () => {
  it("a frame that moved from one participant's page to another's asks for the status before its new read is in: the new one's, never the old one's", async () => {
    let settingsHeld: (() => void) | null = null;
    let hold = false;
    const { send } = setup(new FrameMemory(), {
      pageSettings: () => (hold ? new Promise((resolve) => (settingsHeld = () => resolve(DEFAULT_SETTINGS))) : Promise.resolve(DEFAULT_SETTINGS)),
    });
    const page = (id: string, name: string): PageRead => ({
      ...emptyRead('generic'),
      page: 'note-editor',
      participant: { id, name, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url: `https://cases.example.gov/client?id=${id}` },
    });
    const frame = (id: string) => SENDERS.content(`https://cases.example.gov/client?id=${id}`, 3, 0);
    await send({ kind: 'page-read', read: page('111', 'Ana Garcia') }, frame('111'));
    expect(await send({ kind: 'page-status' }, frame('111'))).toMatchObject({ ok: true, result: { name: 'Ana Garcia' } });
    // The same frame now shows Kim Lee's note form: its read is on its way (the settings it is bounded by are slow to come,
    // as after the background woke) when the coach asks for the status.
    hold = true;
    const read = send({ kind: 'page-read', read: page('222', 'Kim Lee') }, frame('222'));
    const status = send({ kind: 'page-status' }, frame('222'));
    await vi.waitFor(() => expect(settingsHeld).not.toBeNull());
    hold = false;
    settingsHeld!();
    await read;
    expect(await status).not.toMatchObject({ result: { name: 'Ana Garcia' } });
    expect(await send({ kind: 'page-status' }, frame('222'))).toMatchObject({ ok: true, result: { name: 'Kim Lee' } });
  });

  it("keeps a Toolbox-looking page on an agency's own site apart from Toolbox's participants with the same IDs", async () => {
    const { send } = setup();
    const agency = 'https://cases.example.gov/toolbox';
    // The same saved Toolbox page, once on Toolbox and once on an agency's site that draws it the same way.
    const real = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    const lookalike = fixture('toolbox/participant.html', `${agency}/participant?id=100234`);
    expect(lookalike.system).toBe('toolbox');
    expect(lookalike.participant?.id).toBe(real.participant?.id);
    await send({ kind: 'page-read', read: real }, SENDERS.content(`${TB}/participant?id=100234`, 3, 0));
    await send({ kind: 'page-read', read: { ...lookalike, contacts: [] } }, SENDERS.content(`${agency}/participant?id=100234`, 4, 0));
    const due = await send({ kind: 'list-due' }, SENDERS.popup());
    expect(due).toMatchObject({ ok: true, result: { total: 2 } });
    // Toolbox's own participant keeps the contact history its own page showed.
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' }, SENDERS.popup());
    expect(status).toMatchObject({ ok: true, result: { lastQualifyingContact: { date: expect.any(String) } } });
  });

  it("keeps two agencies' own systems apart when both show a participant 12345 (the generic reader's IDs are each site's)", async () => {
    const { send } = setup();
    const page = (host: string, name: string): PageRead => ({
      ...emptyRead('generic'),
      page: 'note-editor',
      participant: { id: '12345', name, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url: `https://${host}/client?id=12345` },
    });
    await send({ kind: 'page-read', read: page('jobs.agency-a.example', 'Ana Garcia') }, SENDERS.content('https://jobs.agency-a.example/client?id=12345', 3, 0));
    await send({ kind: 'page-read', read: page('cm.agency-b.example', 'Kim Lee') }, SENDERS.content('https://cm.agency-b.example/client?id=12345', 4, 0));
    expect(await send({ kind: 'list-due' }, SENDERS.popup())).toMatchObject({ ok: true, result: { total: 2 } });
    const ana = await send({ kind: 'participant-status', system: 'generic', participantId: 'jobs.agency-a.example/12345' }, SENDERS.popup());
    expect(ana).toMatchObject({ ok: true, result: { name: 'Ana Garcia' } });
    // Each frame still gets its own participant's status.
    expect(await send({ kind: 'page-status' }, SENDERS.content('https://cm.agency-b.example/client?id=12345', 4, 0))).toMatchObject({ ok: true, result: { name: 'Kim Lee' } });
  });

  it("merges a caseload file from an agency's own system with that system's pages when the file names their site", async () => {
    const { send } = setup();
    const csv = 'Participant ID,Name,Last contact date\n12345,Ana Garcia,10/01/2026\n';
    expect(await send({ kind: 'caseload-import', csv, system: 'generic', site: 'jobs.agency-a.example' }, SENDERS.popup())).toMatchObject({ ok: true, result: { imported: 1 } });
    const read: PageRead = {
      ...emptyRead('generic'),
      page: 'note-editor',
      participant: { id: '12345', name: 'Ana Garcia', planType: null, activities: [], plannedGaps: [], activitiesShown: false, url: 'https://jobs.agency-a.example/client?id=12345' },
    };
    await send({ kind: 'page-read', read }, SENDERS.content('https://jobs.agency-a.example/client?id=12345', 3, 0));
    expect(await send({ kind: 'list-due' }, SENDERS.popup())).toMatchObject({ ok: true, result: { total: 1 } });
    // A site is a host, nothing else.
    expect(await send({ kind: 'caseload-import', csv, system: 'generic', site: 'x/../y' }, SENDERS.popup())).toMatchObject({ ok: false });
  });

  async function twoTabs() {
    const ctx = setup();
    const alice = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    const caseload = fixture('toolbox/caseload.html', `${TB}/caseload`);
    expect(caseload.caseload.length).toBeGreaterThan(1);
    const tabA = SENDERS.content(`${TB}/participant?id=100234`, 3, 2);
    const tabB = SENDERS.content(`${TB}/caseload`, 4, 0);
    await ctx.send({ kind: 'page-read', read: alice }, tabA);
    await ctx.send({ kind: 'page-read', read: caseload }, tabB);
    return { ...ctx, alice, caseload, tabA, tabB };
  }

  it('records a page read that does not fit the schema as showing nobody, and says why (the content script does not check it)', async () => {
    const { send, alice, tabA } = await twoTabs();
    const bad = { ...alice, contacts: [{ ...alice.contacts[0], date: 'yesterday' }] };
    expect(await send({ kind: 'page-read', read: bad }, tabA)).toEqual({
      ok: false,
      error: "Couldn't make sense of what this page shows (contacts.0.date), so nothing from it is used.",
    });
    expect(await send({ kind: 'page-status' }, tabA)).toEqual({ ok: true, result: null });
  });

  it('refuses a page read with a date no calendar has or before 1900, as the readers never make one (it put a row 739,854 days overdue)', async () => {
    const { send, alice, tabA, tabB } = await twoTabs();
    const caseload = fixture('toolbox/caseload.html', `${TB}/caseload`);
    const row = (id: string, lastContactDate: string) => ({ id, name: `Person ${id}`, lastContactDate, activity: null, url: null });
    for (const date of ['0001-01-01', '1899-12-31', '2026-02-31', '2026-13-01']) {
      const forged = { ...caseload, caseload: [row('x1', date)] };
      expect(await send({ kind: 'page-read', read: forged }, tabB)).toEqual({
        ok: false,
        error: "Couldn't make sense of what this page shows (caseload.0.lastContactDate), so nothing from it is used.",
      });
      const note = { ...alice, contacts: [{ ...alice.contacts[0], date }] };
      expect(await send({ kind: 'page-read', read: note }, tabA)).toMatchObject({ ok: false, error: expect.stringContaining('contacts.0.date') });
      const gap = { ...alice, participant: { ...alice.participant, plannedGaps: [{ start: date, end: '2026-12-01', reason: 'Surgery' }] } };
      expect(await send({ kind: 'page-read', read: gap }, tabA)).toMatchObject({ ok: false, error: expect.stringContaining('participant.plannedGaps.0.start') });
    }
    const list = await send({ kind: 'list-due' }, SENDERS.popup());
    if (!list.ok) throw new Error(list.error);
    expect(JSON.stringify(list.result)).not.toContain('x1');
  });

  it("gives a frame the status of the participant its page showed, and nobody else's", async () => {
    const { send, alice, tabA, tabB } = await twoTabs();
    const status = await send({ kind: 'page-status' }, tabA);
    expect(status).toMatchObject({ ok: true, result: { name: alice.participant?.name } });
    // The caseload page shows many people but is no one's page.
    expect(await send({ kind: 'page-status' }, tabB)).toEqual({ ok: true, result: null });
    // Naming a participant is an extension-page request, refused.
    expect(await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' }, tabB)).toMatchObject({ ok: false });
    // The same frame after navigating to another origin has shown no one yet.
    expect(await send({ kind: 'page-status' }, SENDERS.content('https://evil.example/participant?id=100234', 3, 2))).toEqual({ ok: true, result: null });
    // A frame that now shows a page without a participant forgets the one before.
    await send({ kind: 'page-read', read: fixture('toolbox/caseload.html', `${TB}/caseload`) }, tabA);
    expect(await send({ kind: 'page-status' }, tabA)).toEqual({ ok: true, result: null });
  });

  it('keeps drafts under the participant the frame showed, out of reach of other frames', async () => {
    const { send, service, tabA, tabB } = await twoTabs();
    await send({ kind: 'page-draft-save', pageKind: 'note-editor', visit: 'a1', text: 'Alicia called back.' }, tabA);
    expect(await service['draft-load']({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' })).toMatchObject([{ text: 'Alicia called back.' }]);
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, tabB)).toEqual({ ok: true, result: [] });
    // A visit is a plain id: one that reaches for another key is refused before any draft is touched.
    expect(await send({ kind: 'page-draft-discard', pageKind: 'note-editor', visit: 'a1|x' }, tabA)).toMatchObject({ ok: false });
    expect(await send({ kind: 'page-draft-save', pageKind: 'note-editor', visit: 'b2', text: 'x', replaces: '../a1' }, tabA)).toMatchObject({ ok: false });
    // Asking with a key in the message is the extension pages' vocabulary, refused here.
    expect(await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' }, tabB)).toMatchObject({ ok: false });
    expect(await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' }, SENDERS.popup())).toMatchObject({ ok: true, result: [{ text: 'Alicia called back.' }] });
    // A page naming no participant keeps its own draft, under its own address.
    await send({ kind: 'page-draft-save', pageKind: 'note-editor', visit: 'b2', text: 'General note.' }, tabB);
    expect(await service['draft-load']({ kind: 'draft-load', participantKey: 'page:demo.toolbox.mo.gov/toolbox/caseload', pageKind: 'note-editor' })).toMatchObject([{ text: 'General note.' }]);
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, tabA)).toMatchObject({ ok: true, result: [{ text: 'Alicia called back.' }] });
  });

  it("keeps an about:blank frame's draft to the site that made the frame, never shared with another site's blank frame", async () => {
    const { send } = setup();
    // The browser reports a blank frame's URL as about:blank and its origin as its parent's.
    const blank = (site: string, tab: number) => ({ ...SENDERS.content(`${site}/x`, tab, 1), url: 'about:blank', origin: site });
    const toolbox = blank('https://demo.toolbox.mo.gov', 3);
    const other = blank('https://jobs.example.org', 4);
    expect(await send({ kind: 'page-draft-save', pageKind: 'note-editor', visit: 'a1', text: 'Dana said she starts at the plant 5/12.' }, toolbox)).toMatchObject({ ok: true });
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, other)).toEqual({ ok: true, result: [] });
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, toolbox)).toMatchObject({ ok: true, result: [{ text: 'Dana said she starts at the plant 5/12.' }] });
    // A blank frame whose origin the browser does not give is nobody's: refused.
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, { ...other, origin: undefined })).toMatchObject({ ok: false });
  });

  it('remembers which frame showed whom across a background restart, and forgets a closed tab', async () => {
    let stored: unknown;
    const store = { load: async () => stored, save: async (v: Record<string, FrameRecord>) => void (stored = JSON.parse(JSON.stringify(v))) };
    const first = new FrameMemory(store);
    await first.remember('3:2', { origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
    await first.remember('4:0', { origin: 'https://demo.toolbox.mo.gov', system: null, participantId: null });
    const second = new FrameMemory(store);
    expect(await second.get('3:2')).toEqual({ origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '100234' });
    expect((await second.tabIds()).sort()).toEqual([3, 4]);
    await second.forgetTab(3);
    expect(await new FrameMemory(store).get('3:2')).toBeUndefined();
  });
});

describe('links are checked again where page reads arrive', () => {
  it('keeps a link only on the origin the browser says the frame is on, whatever the read claims', async () => {
    const { send } = setup();
    const row = (id: string, url: string | null) => ({ id, name: `Person ${id}`, lastContactDate: '2026-06-01', activity: null, url });
    const good = `${TB}/participant?id=1`;
    // A read forged in the content script's world, past readPage's own check.
    const forged: PageRead = {
      ...fixture('toolbox/caseload.html', `${TB}/caseload`),
      caseload: [
        row('1', good),
        row('2', 'javascript:alert(document.domain)'),
        row('3', 'data:text/html,<script>alert(1)</script>'),
        row('4', 'https://demo.toolbox.mo.gov.evil.example/participant?id=4'),
        row('5', 'https://user:pw@demo.toolbox.mo.gov/toolbox/participant?id=5'),
        row('6', 'file:///etc/passwd'),
      ],
    };
    expect((await send({ kind: 'page-read', read: forged }, SENDERS.content(`${TB}/caseload`, 4, 0))).ok).toBe(true);
    const answer = await send({ kind: 'list-due' }, SENDERS.popup());
    if (!answer.ok) throw new Error(answer.error);
    const { items } = answer.result as { items: { participantId: string; url: string | null }[] };
    expect(Object.fromEntries(items.map((i) => [i.participantId, i.url]))).toEqual({ '1': good, '2': null, '3': null, '4': null, '5': null, '6': null });
  });
});
