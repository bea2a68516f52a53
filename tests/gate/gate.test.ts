/**
 * The background's trust boundary (lib/gate/): who may send what, with the senders the browser would attach (our
 * popup and options page, content scripts in host-page frames, another extension, a sender with no URL), and a note
 * checked for a content script. What a content script learns of participants is in participant-scope.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameMemory } from '../../lib/gate/frames';
import { identifySender } from '../../lib/gate/sender';
import { EXTENSION_PAGE_KINDS } from '../../lib/messages';
import type { ContentKind, ExtensionRequest } from '../../lib/messages';
import { readPage } from '../../lib/systems';
import type { PageRead } from '../../lib/adapters';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { deletedAfterEach } from '../db/helpers';
import { fixture, realGate, SENDERS, TB } from './real-gate';

const setup = realGate(deletedAfterEach().db);

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
  'page-draft-save': { kind: 'page-draft-save', pageKind: 'note-editor', visit: 'a1', text: 'Met with customer.' },
  'page-draft-discard': { kind: 'page-draft-discard', pageKind: 'note-editor', visit: 'a1' },
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
