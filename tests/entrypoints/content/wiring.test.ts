/**
 * The content script's shells, wired to WXT's fake browser: the stub every frame loads asks the
 * background for the reader only where a page shows a sign and says "nobody" elsewhere; the
 * reader's shell reports what it read, has the coach loaded for a note box and mounts it with the
 * systems' words; the coach's shell asks the background for its templates and the participant's
 * status through the channel. What each part decides is tested at its own path (tests/frame/,
 * tests/components/coach/); here, only that the shells connect it to the browser.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '#imports';
import content from '../../../entrypoints/content/index';
import { COACH_KEY, HISTORY_KEY, READER_KEY, type CoachModule, type ReaderModule } from '../../../entrypoints/content/hand-off';
import { readHistory, type UnseenReaders } from '../../../lib/adapters/generic-history';
import { readWhom } from '../../../lib/adapters/generic-whom';
import { mount } from '../../../entrypoints/content/coach-shell';
import { emptyRead } from '../../../lib/adapters/types';
import type { NoteEditorElements, PageRead } from '../../../lib/adapters';
import { systemOf } from '../../../lib/systems';

type Scope = { [READER_KEY]?: ReaderModule; [COACH_KEY]?: CoachModule; [HISTORY_KEY]?: UnseenReaders };
const scope = globalThis as Scope;
const controllers: AbortController[] = [];
const started = () => {
  const controller = new AbortController();
  controllers.push(controller);
  return controller.signal;
};

/** A background that records what it is asked and answers each kind as `answers` says (an envelope, as the real one). */
function background(answers: Record<string, (message: { kind: string }) => unknown> = {}) {
  const asked: { kind: string; [k: string]: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { kind: string };
    if (!m.kind.startsWith('page-')) return undefined;
    asked.push(m);
    // An answer may take its time (a promise): the load of a part held back, as a busy background would.
    return Promise.resolve((answers[m.kind] ?? (() => null))(m)).then((result) => ({ ok: true, result }));
  });
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.runtime!.getManifest = () => ({ manifest_version: 3, name: 'test', version: '0', host_permissions: ['https://demo.example/*'] });
  return asked;
}

afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  delete scope[READER_KEY];
  delete scope[COACH_KEY];
  delete scope[HISTORY_KEY];
  document.body.innerHTML = '';
});

describe('the stub every frame loads', () => {
  const run = () => content.main({ signal: started() } as ContentScriptContext);

  it('has the background load the reader with the coach where a note form shows, and starts it with the settings sent along', async () => {
    const start = vi.fn(async () => undefined);
    const settings = { customSites: [{ pattern: 'https://agency.example/*' }] };
    const asked = background({
      'page-reader': () => {
        scope[READER_KEY] = { start }; // what injecting note-frame.js does
        return { ok: true, settings };
      },
    });
    document.body.innerHTML = '<form><textarea name="note"></textarea></form>';
    run();
    await vi.waitFor(() => expect(start).toHaveBeenCalled());
    expect(asked).toEqual([{ kind: 'page-reader', coach: true }]);
    expect(start).toHaveBeenCalledWith(controllers[0]!.signal, settings);
  });

  it('says the frame shows nobody where nothing shows, and loads nothing', async () => {
    const asked = background();
    document.body.innerHTML = '<nav><a href="/menu">Menu</a></nav>';
    run();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toEqual({ kind: 'page-read', read: emptyRead('generic') });
  });
});

describe("the reader's shell", () => {
  /** A fresh copy of the shell: a frame loads the coach once, and keeps it. */
  const startReader = async (...args: Parameters<ReaderModule['start']>) => {
    vi.resetModules();
    const shell = await import('../../../entrypoints/content/reader');
    return shell.startReader(...args);
  };
  const startNoteFrameReader = async (...args: Parameters<ReaderModule['start']>) => {
    vi.resetModules();
    const shell = await import('../../../entrypoints/content/reader');
    return shell.startNoteFrameReader(...args);
  };

  /** A page of a system nobody here has seen: a note form, the participant's ID, and two past notes as cards. */
  const UNKNOWN_PAGE = `<h1>Rasmussen, Taylor (8812044)</h1>
    <form><label for="n">Case note</label><textarea id="n" name="note" rows="8"></textarea></form>
    <h4>Recent journal entries</h4><div>
      <div><span>11/17/2026</span> · Phone<p>Taylor called about the welding class and the bend test.</p></div>
      <div><span>10/14/2026</span> · Face to Face<p>Met at the center and updated the employment plan.</p></div></div>`;
  /** The read a mounted coach is handed once the page is settled (its sixth argument). */
  const settledOf = (mounted: { mock: { calls: unknown[][] } }) => (mounted.mock.calls[0] as unknown as Parameters<CoachModule['mount']>)[5];
  const reads = (asked: { kind: string; [k: string]: unknown }[]) => asked.filter((m) => m.kind === 'page-read').map((m) => (m.read as PageRead).contacts.map((c) => c.date));

  it("has the readers of an unknown system's past notes and looser participant shapes loaded only where a note form shows, in the reader alone and the note frame", async () => {
    scope[COACH_KEY] = { mount: () => ({ isConnected: () => true, readProblem: () => undefined }) };
    let asked = background({
      'page-history': () => {
        scope[HISTORY_KEY] = { history: readHistory, whom: readWhom };
        return { ok: true };
      },
    });
    document.body.innerHTML = UNKNOWN_PAGE;
    await startReader(started(), { customSites: [] });
    await vi.waitFor(() => expect(reads(asked)).toEqual([[], ['2026-11-17', '2026-10-14']]));
    expect(asked.filter((m) => m.kind === 'page-history')).toHaveLength(1);

    controllers.splice(0).forEach((c) => c.abort());
    fakeBrowser.reset();
    delete scope[HISTORY_KEY];
    asked = background({
      'page-history': () => {
        scope[HISTORY_KEY] = { history: readHistory, whom: readWhom }; // what injecting history.js does
        return { ok: true };
      },
    });
    const mounted = vi.fn(() => ({ isConnected: () => true, readProblem: () => undefined }));
    scope[COACH_KEY] = { mount: mounted };
    await startNoteFrameReader(started(), { customSites: [] });
    await vi.waitFor(() => expect(reads(asked)).toEqual([[], ['2026-11-17', '2026-10-14']]));
    expect(asked.filter((m) => m.kind === 'page-history')).toHaveLength(1);
    // The coach, bound once, learns the notes already saved (a draft of one is never offered back) from the settled read.
    await vi.waitFor(() => expect(mounted).toHaveBeenCalledTimes(1));
    expect((await settledOf(mounted)).contacts).toHaveLength(2);

    // Named only in a looser shape (an ID chip in the heading): the loaded readers name the participant, and the coach knows them.
    controllers.splice(0).forEach((c) => c.abort());
    fakeBrowser.reset();
    delete scope[HISTORY_KEY];
    asked = background({
      'page-history': () => {
        scope[HISTORY_KEY] = { history: readHistory, whom: readWhom };
        return { ok: true };
      },
    });
    const mountedToo = vi.fn(() => ({ isConnected: () => true, readProblem: () => undefined }));
    scope[COACH_KEY] = { mount: mountedToo };
    document.body.innerHTML = UNKNOWN_PAGE.replace(/<h1>.*<\/h1>/, '<h1>Taylor Rasmussen <span class="chip">ID 8812044</span></h1>');
    await startNoteFrameReader(started(), { customSites: [] });
    const whom = () => asked.filter((m) => m.kind === 'page-read').map((m) => (m.read as PageRead).participant?.id ?? null);
    await vi.waitFor(() => expect(whom()).toEqual([null, '8812044']));
    await vi.waitFor(() => expect(mountedToo).toHaveBeenCalledTimes(1));
    expect((await settledOf(mountedToo)).participant?.id).toBe('8812044');

    // No note form (a one-line box is none): nobody is named and a history is not kept, so their reader is not loaded.
    controllers.splice(0).forEach((c) => c.abort());
    fakeBrowser.reset();
    delete scope[HISTORY_KEY];
    asked = background();
    document.body.innerHTML = UNKNOWN_PAGE.replace('rows="8"', 'rows="1"');
    await startNoteFrameReader(started(), { customSites: [] });
    // The reader decides on the history reader in the very step that reports the page (its listener hears a send at
    // once): with the read here, a load it wanted would be asked already.
    await vi.waitFor(() => expect(reads(asked)).toEqual([[]]));
    expect(asked.map((m) => m.kind)).not.toContain('page-history');
  });

  it("has those readers loaded on a known system's note form only when its own reader finds nobody, and reads whom the page names", async () => {
    /** America's JobLink's Add Note form, by its documented labels; the job seeker shown as `who`. */
    const ajl = (who: string) => `${who}<form method="post"><label for="r">Reference Date</label><input id="r"><label for="rc">Recontact Date</label><input id="rc">
      <label for="t">Contact Type</label><select id="t"><option>Phone</option></select><label for="n">Notes</label><textarea id="n" rows="8"></textarea>
      <button type="submit">Save</button></form>`;
    const history = () => {
      scope[HISTORY_KEY] = { history: readHistory, whom: readWhom }; // what injecting history.js does
      return { ok: true };
    };
    scope[COACH_KEY] = { mount: () => ({ isConnected: () => true, readProblem: () => undefined }) };
    let asked = background({ 'page-history': history });
    document.body.innerHTML = ajl('<table><tr><th>Name</th><th>Job Seeker ID</th></tr><tr><td>Alvarez, Marisol</td><td>3310458</td></tr></table>');
    await startNoteFrameReader(started(), { customSites: [] });
    const whom = () => asked.filter((m) => m.kind === 'page-read').map((m) => [(m.read as PageRead).system, (m.read as PageRead).participant?.id ?? null]);
    await vi.waitFor(() => expect(whom()).toEqual([['ajl', null], ['ajl', '3310458']]));
    expect(asked.filter((m) => m.kind === 'page-history')).toHaveLength(1);

    // Its own reader names the job seeker: nothing more is loaded.
    controllers.splice(0).forEach((c) => c.abort());
    fakeBrowser.reset();
    delete scope[HISTORY_KEY];
    asked = background({ 'page-history': history });
    document.body.innerHTML = ajl('<p><span id="job_seeker_name">Marisol Alvarez</span> <span id="job_seeker_id">3310458</span></p>');
    await startNoteFrameReader(started(), { customSites: [] });
    await vi.waitFor(() => expect(whom()).toEqual([['ajl', '3310458']]));
    expect(asked.map((m) => m.kind)).not.toContain('page-history');
  });

  it("mounts the coach while the history reader's load is held, and hands it the page read with the history once that is here", async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked = background({
      'page-history': () =>
        held.then(() => {
          scope[HISTORY_KEY] = { history: readHistory, whom: readWhom }; // what injecting history.js does, once let through
          return { ok: true };
        }),
    });
    const mounted = vi.fn(() => ({ isConnected: () => true, readProblem: () => undefined }));
    scope[COACH_KEY] = { mount: mounted };
    document.body.innerHTML = UNKNOWN_PAGE.replace(/<h1>.*<\/h1>/, '<h1>Taylor Rasmussen <span class="chip">ID 8812044</span></h1>');
    await startNoteFrameReader(started(), { customSites: [] });
    // Bound at once, on the read without the history (nobody named yet), while history.js is still held back.
    await vi.waitFor(() => expect(mounted).toHaveBeenCalledTimes(1));
    const [first] = mounted.mock.calls[0] as unknown as Parameters<CoachModule['mount']>;
    expect(first.participant).toBeNull();
    let settled: PageRead | null = null;
    void settledOf(mounted).then((read) => (settled = read));
    // The load it waits on is asked and held: a settled read that did not wait for it would be here by now.
    await vi.waitFor(() => expect(asked.map((m) => m.kind)).toContain('page-history'));
    expect(settled).toBeNull();
    release();
    await vi.waitFor(() => expect(settled).not.toBeNull());
    expect(settled!.participant?.id).toBe('8812044');
    expect(settled!.contacts).toHaveLength(2);
    expect(mounted).toHaveBeenCalledTimes(1);
    expect(asked.filter((m) => m.kind === 'page-history')).toHaveLength(1);
  });

  it('reports the page, has the coach loaded for a usable note box and mounts it with the systems\' words', async () => {
    const mounted = vi.fn(() => ({ isConnected: () => true, readProblem: () => undefined }));
    const asked = background({
      'page-coach': () => {
        scope[COACH_KEY] = { mount: mounted }; // what injecting coach.js does
        return { ok: true };
      },
    });
    document.body.innerHTML = '<form><label for="n">Case note</label><textarea id="n" name="note" rows="8"></textarea></form>';
    await startReader(started(), { customSites: [] });
    await vi.waitFor(() => expect(mounted).toHaveBeenCalled());
    // An unknown system's note form: the readers of its past notes and looser participant shapes are asked for too (none here).
    expect(asked.map((m) => m.kind)).toEqual(['page-read', 'page-history', 'page-coach']);
    const [read, words, found] = mounted.mock.calls[0] as unknown as [PageRead, typeof systemOf, NoteEditorElements];
    expect(read.system).toBe('generic');
    expect(words('toolbox').label).toBe(systemOf('toolbox').label);
    expect(found.editable).toBe(document.querySelector('textarea'));
  });

  it('asks for the page settings when the stub brought none, and binds the coach afresh when our background pushes new ones', async () => {
    const mounted = vi.fn(() => ({ isConnected: () => true, readProblem: () => undefined }));
    scope[COACH_KEY] = { mount: mounted }; // loaded already (note-frame.js): not asked for again
    const asked = background({ 'page-settings': () => ({ customSites: [] }) });
    document.body.innerHTML = '<form><label for="n">Case note</label><textarea id="n" name="note" rows="8"></textarea></form>';
    await startReader(started());
    await vi.waitFor(() => expect(mounted).toHaveBeenCalledTimes(1));
    expect(asked.map((m) => m.kind)).toEqual(['page-settings', 'page-read', 'page-history']);
    // Another extension cannot push settings; ours can, and the coach is bound again under them.
    await fakeBrowser.runtime.onMessage.trigger({ kind: 'settings-changed', settings: { customSites: [{ pattern: 'https://x.example/*' }] } }, { id: 'another-extension' });
    await fakeBrowser.runtime.onMessage.trigger({ kind: 'settings-changed', settings: { customSites: [{ pattern: 'https://agency.example/*' }] } }, { id: fakeBrowser.runtime.id });
    await vi.waitFor(() => expect(mounted).toHaveBeenCalledTimes(2));
  });
});

describe("the coach's shell", () => {
  it("asks the background for the page's templates and the participant's status at once, and is up before the templates come", async () => {
    let templatesCome: (list: unknown[]) => void = () => undefined;
    const asked = background({ 'page-templates': () => new Promise((resolve) => (templatesCome = resolve)), 'page-status': () => null });
    document.body.innerHTML = '<form><textarea name="note"></textarea></form>';
    const textarea = document.querySelector('textarea')!;
    const read: PageRead = { ...emptyRead('toolbox'), page: 'note-editor', editor: { found: true, noteField: 'textarea', contactTypeField: null, dateField: null, submitControl: null, participantId: '100234' } };
    const found = { kind: 'textarea', editable: textarea, anchor: textarea, contactType: null, date: null, submit: null } as unknown as NoteEditorElements;
    mount(read, systemOf, found, started(), null, Promise.resolve(read));
    // The templates and the participant's status asked for side by side (a check and the draft as it binds): the status
    // does not wait for the templates, and the coach's badge is there while they are on their way.
    await vi.waitFor(() => expect(asked.map((m) => m.kind)).toContain('page-status'));
    expect(asked[0]).toEqual({ kind: 'page-templates', system: 'toolbox' });
    await vi.waitFor(() => expect(document.querySelector('case-note-coach')?.shadowRoot?.querySelector('.cnc-badge')).not.toBeNull());
    templatesCome([]);
  });

  it("checks the note before an unknown system's page is settled; the draft and the participant's status wait for the settled read", async () => {
    const asked = background({ 'page-templates': () => [], 'page-status': () => null, 'page-check': () => ({ findings: [], qualifies: false }) });
    document.body.innerHTML = '<form><textarea name="note">Called customer, no answer.</textarea></form>';
    const textarea = document.querySelector('textarea')!;
    const read: PageRead = { ...emptyRead('generic'), page: 'note-editor', editor: { found: true, noteField: 'textarea', contactTypeField: null, dateField: null, submitControl: null } };
    const later: PageRead = { ...read, editor: { ...read.editor!, participantId: '8812044' } };
    const found = { kind: 'textarea', editable: textarea, anchor: textarea, contactType: null, date: null, submit: null } as unknown as NoteEditorElements;
    let settle = (_: PageRead) => undefined as void;
    mount(read, systemOf, found, started(), null, new Promise<PageRead>((resolve) => (settle = resolve)));
    // The coach binds in one step (its first check, its draft's load, its status watch): with the check asked, the
    // drafts and the status have asked already unless they wait for the settled read.
    await vi.waitFor(() => expect(asked.map((m) => m.kind)).toContain('page-check'));
    expect(asked.map((m) => m.kind)).not.toContain('page-draft-load');
    expect(asked.map((m) => m.kind)).not.toContain('page-status');
    settle(later);
    await vi.waitFor(() => expect(asked.map((m) => m.kind)).toEqual(expect.arrayContaining(['page-draft-load', 'page-status'])));
  });
});
