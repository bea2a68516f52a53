/**
 * The background's trust boundary (lib/gate/), with the senders the browser
 * would attach: our popup and options page, content scripts in host-page
 * frames, another extension, a sender with no URL. Messages go through
 * fakeBrowser's runtime.onMessage exactly as the background listens.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../lib/caseload/service';
import { checksUnder, createNoteChecker } from '../../lib/caseload/note-check';
import { makeGate } from '../../lib/gate';
import { FrameMemory, type FrameRecord } from '../../lib/gate/frames';
import { identifySender } from '../../lib/gate/sender';
import { EXTENSION_PAGE_KINDS, envelopeSchema } from '../../lib/messages';
import type { ContentKind, Envelope, ExtensionRequest } from '../../lib/messages';
import { readPage } from '../../lib/systems';
import type { PageRead } from '../../lib/adapters';
import { emptyRead } from '../../lib/adapters/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { deletedAfterEach, noSettings } from '../db/helpers';

const { db: freshDb } = deletedAfterEach();
const TB = 'https://demo.toolbox.mo.gov/toolbox';

function fixture(path: string, url: string): PageRead {
  const dom = new JSDOM(readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8'), { url });
  return readPage(dom.window.document, url);
}

function setup(frames = new FrameMemory(), more: Partial<Parameters<typeof makeGate>[0]> = {}) {
  const db = freshDb();
  /** Where the coach was loaded: [tabId, frameId] per request. */
  const injected: [number, number, string][] = [];
  const service = createService({
    db,
    today: () => '2026-11-25',
    now: () => '2026-11-25T15:04:05.000Z',
    store: noSettings(),
  });
  const self = { id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/').replace(/\/$/, '') };
  const gate = makeGate({
    self,
    handlers: service,
    frames,
    pageSettings: async () => DEFAULT_SETTINGS,
    today: () => '2026-12-01',
    ...checksUnder(createNoteChecker(() => '2026-11-25'), async () => DEFAULT_SETTINGS),
    inject: async (tabId, frameId, part) => void injected.push([tabId, frameId, part]),
    ...more,
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: unknown) => gate(message, sender));
  const send = async (message: unknown, sender: unknown): Promise<Envelope> => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    return envelopeSchema.parse(answer);
  };
  return { service, send, self, injected };
}

const origin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const SENDERS = {
  popup: () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/popup.html`, origin: origin() }),
  optionsTab: () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/options.html#import`, origin: origin(), tab: { id: 9 }, frameId: 0 }),
  /** A content script in the Toolbox frameset's main frame. */
  content: (url = `${TB}/casenote/new?id=100234`, tab = 3, frameId = 2) => ({ id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { id: tab }, frameId }),
};
const STRANGERS: Record<string, unknown> = {
  'another extension': { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/page.html', tab: { id: 3 }, frameId: 0 },
  'no sender': undefined,
  'no id': { url: `${TB}/participant?id=100234`, tab: { id: 3 }, frameId: 0 },
  'a content script with no tab': { id: 'test-extension-id', url: `${TB}/participant?id=100234` },
  "our id on a page claiming the extension's origin": { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html', origin: 'https://evil.example', tab: { id: 3 } },
};

/** One example of every extension-page request: adding a kind without a case here fails to compile. */
const EXTENSION_EXAMPLES: { [K in ExtensionRequest['kind']]: Extract<ExtensionRequest, { kind: K }> } = {
  'participant-status': { kind: 'participant-status', system: 'toolbox', participantId: '100234' },
  'draft-load': { kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' },
  'settings-get': { kind: 'settings-get' },
  'settings-set': { kind: 'settings-set', patch: { dueSoonDays: 3 } },
  'settings-export': { kind: 'settings-export' },
  'settings-import': { kind: 'settings-import', text: JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings: { dueSoonDays: 4 } }) },
  'list-due': { kind: 'list-due' },
  'caseload-preview': { kind: 'caseload-preview', csv: 'participant id,name,last contact date\n1,A,01/02/2026\n' },
  'caseload-import': { kind: 'caseload-import', csv: 'participant id,name,last contact date\n1,A,01/02/2026\n', system: 'toolbox' },
  'caseload-export': { kind: 'caseload-export' },
  'forget-everything': { kind: 'forget-everything' },
};
const CONTENT_EXAMPLES = (read: PageRead): Record<ContentKind, unknown> => ({
  'page-read': { kind: 'page-read', read },
  'page-settings': { kind: 'page-settings' },
  'page-status': { kind: 'page-status' },
  'page-draft-load': { kind: 'page-draft-load', pageKind: 'note-editor' },
  'page-draft-save': { kind: 'page-draft-save', pageKind: 'note-editor', text: 'Met with customer.' },
  'page-draft-discard': { kind: 'page-draft-discard', pageKind: 'note-editor' },
  'page-check': { kind: 'page-check', system: 'toolbox', note: { text: 'Called customer, LM.' } },
  'page-templates': { kind: 'page-templates', system: 'toolbox' },
  'page-stated-contact': { kind: 'page-stated-contact', channel: 'phone', name: null, date: null, contactType: null, noteChannel: null },
  'page-coach': { kind: 'page-coach' },
  'page-history': { kind: 'page-history' },
  'page-panel': { kind: 'page-panel' },
  'page-reader': { kind: 'page-reader' },
  'page-left': { kind: 'page-left', html: '<html><body></body></html>' },
});

describe('checking a note for a content script', () => {
  it("answers with the rules' verdict under the page's pack, and rejects a malformed request", async () => {
    const { send } = setup();
    const sender = SENDERS.content();
    const answer = await send({ kind: 'page-check', system: 'toolbox', note: { text: 'Called customer at 10am, no answer. LM asking her to call back.' } }, sender);
    expect(answer.ok).toBe(true);
    const verdict = (answer as { result: { qualifies: boolean; findings: { rule: string }[] } }).result;
    expect(verdict.qualifies).toBe(false);
    expect(verdict.findings.map((f) => f.rule)).toContain('unsuccessful-attempt');
    const templates = await send({ kind: 'page-templates', system: 'toolbox' }, sender);
    expect((templates as { result: { id: string }[] }).result.length).toBeGreaterThan(0);
    const stated = { kind: 'page-stated-contact', channel: 'written', name: 'Dana Whitfield', date: '11/24/2026', contactType: 'Letter', noteChannel: null };
    expect(await send(stated, sender)).toEqual({ ok: true, result: { sentence: 'Contact: Dana Whitfield (the participant) replied by letter on 11/24/2026.', disagreement: null } });
    expect(await send({ ...stated, channel: 'phone', name: null, date: '' }, sender)).toEqual({
      ok: true,
      result: { sentence: 'Contact: spoke with the participant by phone on 12/01/2026.', disagreement: `The page's contact type says "Letter", not "Phone": change whichever is wrong.` },
    });
    for (const bad of [
      { kind: 'page-check', system: 'nowhere', note: { text: 'x' } },
      { kind: 'page-check', system: 'toolbox', note: { text: 'x'.repeat(2_000_001) } },
      { kind: 'page-check', system: 'toolbox' },
      { ...stated, channel: 'fax' },
      { ...stated, date: 5 },
      { ...stated, name: 'x'.repeat(201) },
      { ...stated, contactType: 'x'.repeat(201) },
    ]) {
      expect(await send(bad, sender)).toMatchObject({ ok: false });
    }
  });
});

describe('who may send what', () => {
  it('answers every extension-page request from the popup and from an options tab', async () => {
    expect(Object.keys(EXTENSION_EXAMPLES).sort()).toEqual([...EXTENSION_PAGE_KINDS].sort());
    const { send } = setup();
    for (const sender of [SENDERS.popup(), SENDERS.optionsTab()]) {
      for (const message of Object.values(EXTENSION_EXAMPLES)) {
        const answer = await send(message, sender);
        expect(answer, `${message.kind} from ${sender.url}`).toMatchObject({ ok: true });
      }
    }
  });

  it("refuses every extension-page request from a content script, and nothing changes", async () => {
    const { send } = setup();
    const read = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    expect((await send({ kind: 'page-read', read }, SENDERS.content(`${TB}/participant?id=100234`))).ok).toBe(true);
    for (const message of Object.values(EXTENSION_EXAMPLES)) {
      const answer = await send(message, SENDERS.content());
      expect(answer, message.kind).toEqual({ ok: false, error: `Refused: ${message.kind} is answered only for the extension's own pages.` });
    }
    // "forget everything" and the import above did nothing; the settings are untouched.
    const due = await send({ kind: 'list-due' }, SENDERS.popup());
    expect(due).toMatchObject({ ok: true, result: { total: 1 } });
    expect(await send({ kind: 'settings-get' }, SENDERS.popup())).toMatchObject({ ok: true, result: { settings: { dueSoonDays: 14 } } });
  });

  it('answers every content request from a content script, and refuses each from the popup', async () => {
    const { send } = setup();
    const read = fixture('toolbox/note-editor.html', `${TB}/casenote/new?id=100234`);
    for (const [kind, message] of Object.entries(CONTENT_EXAMPLES(read))) {
      expect(await send(message, SENDERS.content()), `${kind} from a content script`).toMatchObject({ ok: true });
      expect(await send(message, SENDERS.popup()), `${kind} from the popup`).toEqual({ ok: false, error: `Refused: ${kind} comes only from a content script's own page.` });
    }
  });

  it('refuses every request from anyone else', async () => {
    const { send } = setup();
    const read = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    for (const [who, sender] of Object.entries(STRANGERS)) {
      for (const message of [...Object.values(EXTENSION_EXAMPLES), ...Object.values(CONTENT_EXAMPLES(read))]) {
        expect(await send(message, sender), `${(message as { kind: string }).kind} from ${who}`).toEqual({ ok: false, error: 'Refused: not sent by this extension.' });
      }
    }
    expect(await send({ kind: 'list-due' }, SENDERS.popup())).toMatchObject({ ok: true, result: { total: 0 } });
  });

  it("loads the coach only into the asking content script's own frame, never for a page or a stranger", async () => {
    const { send, injected } = setup();
    expect(await send({ kind: 'page-coach' }, SENDERS.content(`${TB}/casenote/new?id=100234`, 7, 4))).toEqual({ ok: true, result: { ok: true } });
    // Whatever else the message says, the frame is the browser's sender.
    expect(await send({ kind: 'page-coach', tabId: 1, frameId: 0 }, SENDERS.content(`${TB}/casenote/new?id=100234`, 8, 0))).toEqual({ ok: true, result: { ok: true } });
    expect(await send({ kind: 'page-coach' }, SENDERS.popup())).toMatchObject({ ok: false });
    for (const sender of Object.values(STRANGERS)) expect(await send({ kind: 'page-coach' }, sender)).toMatchObject({ ok: false });
    // A frame on a site the extension does not run on (navigated away, or never one of ours) gets no coach.
    expect(await send({ kind: 'page-coach' }, SENDERS.content('https://evil.example/casenote/new', 9, 0))).toMatchObject({ ok: false });
    expect(injected).toEqual([
      [7, 4, 'coach'],
      [8, 0, 'coach'],
    ]);
  });

  it("loads the reader of an unknown system's past notes only into the asking note frame, never for a page or a stranger", async () => {
    const { send, injected } = setup();
    expect(await send({ kind: 'page-history', tabId: 1, frameId: 0 }, SENDERS.content(`${TB}/casenote/new?id=100234`, 7, 4))).toEqual({ ok: true, result: { ok: true } });
    expect(await send({ kind: 'page-history' }, SENDERS.popup())).toMatchObject({ ok: false });
    for (const sender of Object.values(STRANGERS)) expect(await send({ kind: 'page-history' }, sender)).toMatchObject({ ok: false });
    expect(await send({ kind: 'page-history' }, SENDERS.content('https://evil.example/casenote/new', 9, 0))).toMatchObject({ ok: false });
    expect(injected).toEqual([[7, 4, 'history']]);
  });

  it("loads the coach's panel only into the asking note frame, never for a page or a stranger", async () => {
    const { send, injected } = setup();
    expect(await send({ kind: 'page-panel', tabId: 1, frameId: 0 }, SENDERS.content(`${TB}/casenote/new?id=100234`, 7, 4))).toEqual({ ok: true, result: { ok: true } });
    expect(await send({ kind: 'page-panel' }, SENDERS.popup())).toMatchObject({ ok: false });
    for (const sender of Object.values(STRANGERS)) expect(await send({ kind: 'page-panel' }, sender)).toMatchObject({ ok: false });
    expect(await send({ kind: 'page-panel' }, SENDERS.content('https://evil.example/casenote/new', 9, 0))).toMatchObject({ ok: false });
    expect(injected).toEqual([[7, 4, 'panel']]);
  });

  it("loads the reader (with the coach for a note form) only into the asking stub's own frame, on a site the extension runs on", async () => {
    const { send, injected } = setup();
    expect(await send({ kind: 'page-reader' }, SENDERS.content(`${TB}/caseload`, 5, 2))).toEqual({ ok: true, result: { ok: true, settings: DEFAULT_SETTINGS } });
    // The reader comes with the page settings it starts from, as page-settings would answer.
    expect(await send({ kind: 'page-reader', tabId: 1, frameId: 0 }, SENDERS.content(`${TB}/caseload`, 6, 3))).toMatchObject({ ok: true, result: { ok: true } });
    // A note form's signs: the reader and the coach in one script.
    expect(await send({ kind: 'page-reader', coach: true }, SENDERS.content(`${TB}/casenote/new?id=100234`, 6, 4))).toMatchObject({ ok: true, result: { ok: true } });
    expect(await send({ kind: 'page-reader' }, SENDERS.popup())).toMatchObject({ ok: false });
    for (const sender of Object.values(STRANGERS)) expect(await send({ kind: 'page-reader' }, sender)).toMatchObject({ ok: false });
    expect(await send({ kind: 'page-reader' }, SENDERS.content('https://evil.example/caseload', 9, 0))).toMatchObject({ ok: false });
    expect(injected).toEqual([
      [5, 2, 'reader'],
      [6, 3, 'reader'],
      [6, 4, 'note-frame'],
    ]);
  });

  it('reads a page its frame left before the reader came, from its HTML, only on a site the extension runs on, and leaves what the frame shows now alone', async () => {
    const asked: string[] = [];
    const { send } = setup(new FrameMemory(), {
      readLeftPage: async (html, url) => {
        asked.push(url);
        return readPage(new JSDOM(html, { url }).window.document, url);
      },
    });
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/toolbox/participant.html'), 'utf8');
    const frame = SENDERS.content(`${TB}/participant?id=100234`, 3, 2);
    expect(await send({ kind: 'page-left', html }, frame)).toEqual({ ok: true, result: { ok: true } });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' }, SENDERS.popup());
    expect(status).toMatchObject({ ok: true, result: { historyRead: { from: 'participant-page' } } });
    // The frame shows its next page by now: what the left one showed is not taken for it.
    expect(await send({ kind: 'page-status' }, frame)).toEqual({ ok: true, result: null });
    // From a site the extension does not run on, nothing is read.
    expect(await send({ kind: 'page-left', html }, SENDERS.content('https://evil.example/participant?id=100234', 4, 0))).toEqual({ ok: true, result: { ok: true } });
    expect(asked).toEqual([`${TB}/participant?id=100234`]);
  });

  it('tells the two channels apart by the browser-set sender only', () => {
    const self = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id' };
    expect(identifySender(SENDERS.popup(), self)).toEqual({ channel: 'extension-page' });
    expect(identifySender(SENDERS.content(), self)).toMatchObject({ channel: 'content-script', tabId: 3, frame: '3:2' });
    // A look-alike origin is not ours.
    expect(identifySender({ id: self.id, url: 'chrome-extension://test-extension-id.evil/popup.html' }, self)).toBeNull();
  });
});

describe('a content script learns only about the participant on its own page', () => {
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
    await send({ kind: 'page-draft-save', pageKind: 'note-editor', text: 'Alicia called back.' }, tabA);
    expect(await service['draft-load']({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' })).toMatchObject({ text: 'Alicia called back.' });
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, tabB)).toEqual({ ok: true, result: null });
    // Asking with a key in the message is the extension pages' vocabulary, refused here.
    expect(await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' }, tabB)).toMatchObject({ ok: false });
    expect(await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' }, SENDERS.popup())).toMatchObject({ ok: true, result: { text: 'Alicia called back.' } });
    // A page naming no participant keeps its own draft, under its own address.
    await send({ kind: 'page-draft-save', pageKind: 'note-editor', text: 'General note.' }, tabB);
    expect(await service['draft-load']({ kind: 'draft-load', participantKey: 'page:demo.toolbox.mo.gov/toolbox/caseload', pageKind: 'note-editor' })).toMatchObject({ text: 'General note.' });
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, tabA)).toMatchObject({ ok: true, result: { text: 'Alicia called back.' } });
  });

  it("keeps an about:blank frame's draft to the site that made the frame, never shared with another site's blank frame", async () => {
    const { send } = setup();
    // The browser reports a blank frame's URL as about:blank and its origin as its parent's.
    const blank = (site: string, tab: number) => ({ ...SENDERS.content(`${site}/x`, tab, 1), url: 'about:blank', origin: site });
    const toolbox = blank('https://demo.toolbox.mo.gov', 3);
    const other = blank('https://jobs.example.org', 4);
    expect(await send({ kind: 'page-draft-save', pageKind: 'note-editor', text: 'Dana said she starts at the plant 5/12.' }, toolbox)).toMatchObject({ ok: true });
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, other)).toEqual({ ok: true, result: null });
    expect(await send({ kind: 'page-draft-load', pageKind: 'note-editor' }, toolbox)).toMatchObject({ ok: true, result: { text: 'Dana said she starts at the plant 5/12.' } });
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
