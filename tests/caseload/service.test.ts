import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { addDays, addMonths, endOfMonth, format, parseISO } from 'date-fns';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../lib/caseload/service';
import { makeClient, makeDispatcher } from '../../lib/messages';
import type { Request } from '../../lib/messages';
import { readPage } from '../../lib/systems';
import type { PageRead } from '../../lib/adapters';
import type { Settings } from '../../lib/settings';
import { freshDb } from '../db/helpers';

const TODAY = '2026-11-25';

function setup(opts: { local?: Partial<Settings>; managed?: unknown; today?: string } = {}) {
  let local: unknown = opts.local;
  let changes = 0;
  const db = freshDb();
  const service = createService({
    db,
    today: () => opts.today ?? TODAY,
    now: () => '2026-11-25T15:04:05.000Z',
    store: {
      getLocal: async () => local,
      setLocal: async (v) => {
        local = v;
      },
      getManaged: async () => opts.managed,
    },
    onCaseloadChanged: () => {
      changes++;
    },
  });
  const send = makeClient((m: Request) => makeDispatcher(service)(m));
  return { db, send, changes: () => changes, local: () => local };
}

/** Reads a saved demo page the way the content script would. */
function fixture(path: string, url: string): PageRead {
  const dom = new JSDOM(readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8'), { url });
  return readPage(dom.window.document, url);
}

const TB = 'http://127.0.0.1:4817/toolbox';

describe('the background caseload service', () => {
  it('learns a participant from their Toolbox page and works out their status from the notes', async () => {
    const { send, changes } = setup();
    const read = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    expect(read.participant?.id).toBe('100234');
    await send({ kind: 'page-read', read });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status?.name).toBe(read.participant?.name);
    // The last note is an "LM": it does not count, so the last qualifying contact is the call before it.
    const qualifying = read.contacts.filter((c) => !/\bLM\b|no answer/i.test(c.text)).map((c) => c.date).sort();
    expect(status?.lastQualifyingContact?.date).toBe(qualifying.at(-1));
    expect(status?.activities).toEqual(read.participant?.activities.map((a) => a.name));
    // Days left are worked out for today, the same way the due list does.
    const { items } = await send({ kind: 'list-due' });
    expect(status?.daysRemaining).toBe(items.find((i) => i.participantId === '100234')?.daysRemaining);
    expect(changes()).toBe(1);
  });

  it("replaces a caseload list's stand-in date with the participant's real history, in either order", async () => {
    const caseload = fixture('toolbox/caseload.html', `${TB}/caseload`);
    const participant = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    for (const order of [[caseload, participant], [participant, caseload]]) {
      const { send } = setup();
      // Sent together, as two frames would.
      await Promise.all(order.map((read) => send({ kind: 'page-read', read })));
      const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
      const realLast = participant.contacts.filter((c) => !/\bLM\b/.test(c.text)).map((c) => c.date).sort().at(-1);
      expect(status?.lastQualifyingContact?.date).toBe(realLast);
    }
  });

  it('lists who is overdue, most overdue first, and exports them as CSV', async () => {
    const { send } = setup();
    await send({ kind: 'page-read', read: fixture('toolbox/caseload.html', `${TB}/caseload`) });
    const due = await send({ kind: 'list-due' });
    expect(due.total).toBeGreaterThan(0);
    const days = due.items.map((i) => i.daysRemaining);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(due.dueCount).toBe(due.items.length);
    // Counted as the rows are labelled: past the soft exit is not also "overdue".
    expect(due.overdueCount).toBe(due.items.filter((i) => i.state === 'overdue').length);
    expect(due.softExitedCount).toBe(due.items.filter((i) => i.state === 'soft-exited').length);
    expect(due.softExitedCount).toBeGreaterThan(0);
    // The popup asks for the most overdue first: the same head of the list, with the whole list's totals.
    expect(due.items.length).toBeGreaterThan(1);
    const first = await send({ kind: 'list-due', limit: 1 });
    expect(first.items).toEqual(due.items.slice(0, 1));
    expect([first.dueCount, first.overdueCount, first.softExitedCount, first.total]).toEqual([due.dueCount, due.overdueCount, due.softExitedCount, due.total]);
    // Asking for at least as many as there are gives the whole list, totals included.
    const all = await send({ kind: 'list-due', limit: due.items.length });
    expect(all.items).toEqual(due.items);
    expect([all.dueCount, all.overdueCount]).toEqual([due.dueCount, due.overdueCount]);
    const { csv } = await send({ kind: 'caseload-export' });
    expect(csv.split('\r\n')[0]).toMatch(/^Name,Participant ID/);
    expect(csv.split('\r\n')).toHaveLength(due.items.length + 1);
  });

  it("names the system in the export as a person reads it ('Toolbox', 'Workforce One'), not by its internal id", async () => {
    const { send } = setup();
    await send({ kind: 'page-read', read: fixture('toolbox/caseload.html', `${TB}/caseload`) });
    await send({ kind: 'page-read', read: fixture('workforce-one/caseload.html', 'http://127.0.0.1:4817/wf1/Caseload.aspx') });
    const { csv } = await send({ kind: 'caseload-export' });
    const systems = Papa.parse<string[]>(csv.trim()).data.slice(1).map((row) => row[2]);
    expect(new Set(systems)).toEqual(new Set(['Toolbox', 'Workforce One']));
  });

  it('shows a name one way, as the system lists it: "Last, First" stays when a page shows "First Last"', async () => {
    const WF1 = 'http://127.0.0.1:4817/wf1';
    const caseload = fixture('workforce-one/caseload.html', `${WF1}/Caseload.aspx`);
    const summary = fixture('workforce-one/summary.html', `${WF1}/Participant/Summary.aspx?pid=MN-448377`);
    expect(summary.participant?.name).toBe('Shauna Beaulieu');
    for (const order of [[caseload, summary], [summary, caseload]]) {
      const { send } = setup();
      for (const read of order) await send({ kind: 'page-read', read });
      const status = await send({ kind: 'participant-status', system: 'workforce-one', participantId: 'MN-448377' });
      expect(status?.name).toBe('Beaulieu, Shauna');
      const { items } = await send({ kind: 'list-due', limit: 500 });
      const names = items.map((i) => i.name);
      expect(names).toContain('Lindqvist, Tomas');
      expect(names.every((n) => n.includes(','))).toBe(true);
      const { csv } = await send({ kind: 'caseload-export' });
      expect(csv).toContain('"Lindqvist, Tomas"');
      expect(csv).not.toMatch(/Shauna Beaulieu|Tomas Lindqvist/);
    }
  });

  it('moves due dates and the participant status as soon as a stricter local interval is saved', async () => {
    const { send } = setup();
    await send({ kind: 'page-read', read: fixture('toolbox/participant.html', `${TB}/participant?id=100234`) });
    const before = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect((await send({ kind: 'settings-set', patch: { intervalDays: 30 } })).error).toBeNull();
    const after = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    const last = after!.lastQualifyingContact!.date;
    expect(after!.nextDueDate).toBe(new Date(Date.parse(`${last}T00:00:00Z`) + 30 * 864e5).toISOString().slice(0, 10));
    expect(after!.nextDueDate! < before!.nextDueDate!).toBe(true);
    // The soft exit stays at the state's 90 days.
    expect(after!.softExitDate).toBe(before!.softExitDate);
    const { items } = await send({ kind: 'list-due' });
    expect(items.find((i) => i.participantId === '100234')?.nextDueDate).toBe(after!.nextDueDate);
  });

  it('keeps a draft per participant and page, and forgets it once the note shows up in the history', async () => {
    const { send } = setup();
    const participant = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    const saved = participant.contacts[0]!.text;
    await send({ kind: 'draft-save', participantKey: 'toolbox:100234', pageKind: 'note-editor', visit: 'a1', text: saved });
    await send({ kind: 'draft-save', participantKey: 'toolbox:100234', pageKind: 'other', visit: 'a1', text: 'unsaved words' });
    expect((await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' })).map((d) => d.text)).toEqual([saved]);
    await send({ kind: 'page-read', read: participant });
    expect(await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' })).toEqual([]);
    expect((await send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'other' })).map((d) => d.text)).toEqual(['unsaved words']);
  });

  it('forgets a draft when its note is submitted: a save still on its way is not kept, and nothing is offered back', async () => {
    const { send } = setup();
    const ref = { participantKey: 'page:127.0.0.1/broken/toolbox-note', pageKind: 'note-editor' };
    await send({ kind: 'draft-save', ...ref, visit: 'a1', text: 'Met with customer.', contactType: 'Telephone', date: '11/20/2026' });
    expect(await send({ kind: 'draft-load', ...ref })).toMatchObject([{ visit: 'a1', text: 'Met with customer.', contactType: 'Telephone', date: '11/20/2026' }]);
    // Submitted, then the page's last save (sent as it unloaded) arrives.
    await Promise.all([send({ kind: 'draft-discard', ...ref, visit: 'a1', submitted: 'Met with customer.' }), send({ kind: 'draft-save', ...ref, visit: 'a1', text: 'Met with customer.' })]);
    expect(await send({ kind: 'draft-load', ...ref })).toEqual([]);
    // New words are kept as usual.
    await send({ kind: 'draft-save', ...ref, visit: 'b2', text: 'Next note.' });
    expect((await send({ kind: 'draft-load', ...ref })).map((d) => d.text)).toEqual(['Next note.']);
  });

  it('answers a draft request only after a page read that came first, so a saved note is never offered back', async () => {
    const { send } = setup();
    const participant = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    const saved = participant.contacts[0]!.text;
    await send({ kind: 'draft-save', participantKey: 'toolbox:100234', pageKind: 'note-editor', visit: 'a1', text: saved });
    const [, draft] = await Promise.all([
      send({ kind: 'page-read', read: participant }),
      send({ kind: 'draft-load', participantKey: 'toolbox:100234', pageKind: 'note-editor' }),
    ]);
    expect(draft).toEqual([]);
  });

  it('a CSV and a caseload page merge a participant the same way: a list date never moves the last qualifying contact set by the page history', async () => {
    const participant = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    const attempt = participant.contacts.filter((c) => /\bLM\b/.test(c.text)).map((c) => c.date).sort().at(-1)!;
    const realLast = participant.contacts.filter((c) => !/\bLM\b|no answer/i.test(c.text)).map((c) => c.date).sort().at(-1)!;
    expect(attempt > realLast).toBe(true);
    const csv = `Participant ID,Name,Last Contact Date\n100234,"Whitfield, Dana",${attempt.slice(5, 7)}/${attempt.slice(8, 10)}/${attempt.slice(0, 4)}\n`;
    const caseload = fixture('toolbox/caseload.html', `${TB}/caseload`);
    const row = caseload.caseload.find((r) => r.id === '100234')!;
    const viaList = { ...caseload, caseload: [{ ...row, lastContactDate: attempt }] };
    const last = async (send: ReturnType<typeof setup>['send']) =>
      (await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' }))?.lastQualifyingContact?.date;

    const a = setup();
    await a.send({ kind: 'page-read', read: participant });
    expect((await a.send({ kind: 'caseload-import', csv, system: 'toolbox' })).imported).toBe(1);
    const b = setup();
    await b.send({ kind: 'page-read', read: participant });
    await b.send({ kind: 'page-read', read: viaList });
    expect([await last(a.send), await last(b.send)]).toEqual([realLast, realLast]);
  });

  it('imports a caseload CSV all or nothing, reporting bad lines', async () => {
    const { send } = setup();
    const csv = 'Participant ID,Name,Last Contact Date\n200001,Ann Lee,10/01/2026\n,No Id,10/02/2026\n200002,Bo Chan,13/45/2026\n';
    const preview = await send({ kind: 'caseload-preview', csv });
    expect(preview.rows.map((r) => r.participantId)).toEqual(['200001']);
    expect(preview.errors.map((e) => e.line)).toEqual([3, 4]);
    const result = await send({ kind: 'caseload-import', csv, system: 'toolbox' });
    expect(result.imported).toBe(1);
    expect((await send({ kind: 'list-due' })).total).toBe(1);
    // Without a last-contact date: no due date, and listed by name rather than left out.
    await send({ kind: 'caseload-import', csv: 'Participant ID,Name\n200009,Cy Diaz\n', system: 'toolbox' });
    const due = await send({ kind: 'list-due' });
    expect(due.noContactCount).toBe(1);
    expect(due.noContact.map((p) => [p.participantId, p.name])).toEqual([['200009', 'Cy Diaz']]);
  });

  it('forgets every participant and draft on request, keeping settings', async () => {
    const { send } = setup({ local: { dueSoonDays: 7 } });
    await send({ kind: 'page-read', read: fixture('toolbox/caseload.html', `${TB}/caseload`) });
    await send({ kind: 'draft-save', participantKey: 'toolbox:1', pageKind: 'note-editor', visit: 'a1', text: 'x' });
    await send({ kind: 'forget-everything' });
    expect((await send({ kind: 'list-due' })).total).toBe(0);
    expect(await send({ kind: 'draft-load', participantKey: 'toolbox:1', pageKind: 'note-editor' })).toEqual([]);
    expect((await send({ kind: 'settings-get' })).settings.dueSoonDays).toBe(7);
  });

  it('rejects a message that is not one of ours', async () => {
    const { send } = setup();
    await expect(send({ kind: 'page-read', read: { system: 'toolbox' } } as unknown as Request)).rejects.toThrow(/Rejected message/);
  });
});

describe("a Virtual OneStop participant's due date follows the site their page is on", () => {
  // The same Case Notes tab read on MoJobs and on another state's Virtual OneStop.
  const page = (origin: string) => fixture('vos/case-notes.html', `${origin}/vosnet/case/Individual.aspx?id=4417730`);
  const MOJOBS = 'https://app-jobs.mo.gov';
  const TEXAS = 'https://www.workintexas.com';
  const dueOf = async (send: ReturnType<typeof setup>['send'], read: PageRead) => {
    await send({ kind: 'page-read', read });
    const status = await send({ kind: 'participant-status', system: 'vos', participantId: '4417730' });
    const { items } = await send({ kind: 'list-due' });
    return { status, listed: items.find((i) => i.participantId === '4417730') ?? null };
  };

  it("on MoJobs, Missouri's 90 days with a soft exit, whatever pack Options names for other sites", async () => {
    const { send } = setup({ local: { pack: 'mn-wf1' } });
    const { status } = await dueOf(send, page(MOJOBS));
    const last = status?.lastQualifyingContact?.date ?? '';
    expect(last).not.toBe('');
    // Minnesota's monthly rule would put the due date at the end of the next month, and never soft-exit.
    expect(status?.nextDueDate).toBe(addDaysIso(last, 90));
    expect(status?.softExitDate).not.toBeNull();
  });

  it('on another state\'s, the WIOA baseline (90 days, no soft exit) unless a pack is chosen; the chosen one then applies', async () => {
    const baseline = setup();
    const { status } = await dueOf(baseline.send, page(TEXAS));
    const last = status?.lastQualifyingContact?.date ?? '';
    expect(status?.nextDueDate).toBe(addDaysIso(last, 90));
    expect(status?.softExitDate).toBeNull();

    const chosen = setup({ local: { pack: 'mn-wf1' } });
    const other = await dueOf(chosen.send, page(TEXAS));
    // Minnesota's: a contact in every calendar month, so due by the end of the month after the last one.
    expect(other.status?.nextDueDate).toBe(format(endOfMonth(addMonths(parseISO(last), 1)), 'yyyy-MM-dd'));
    expect(other.status?.softExitDate).toBeNull();
  });
});

const addDaysIso = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
