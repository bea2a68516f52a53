/** Help with the note being typed (lib/gate/checks.ts): checked and given templates for the frame's own page, and a stated-contact sentence dated today when the page gives no date. */
import { describe, expect, it, vi } from 'vitest';
import { checkAnswers } from '../../lib/gate/checks';
import type { CaseNote, NoteVerdict } from '../../lib/model';
import type { NoteTemplate } from '../../lib/templates/templates';
import { contentCaller, fakeGate, TOOLBOX } from './fake-gate';

const note = { text: 'Called the participant.', date: '2026-11-30', contactType: null } as unknown as CaseNote;
const PAGE = `${TOOLBOX}/casenote/new?id=100234`;

describe('checking a note', () => {
  it("checks it under the system the page was read as, at the address the browser gives for the frame", async () => {
    const verdict = { findings: [] } as unknown as NoteVerdict;
    const checkNote = vi.fn(async () => verdict);
    const { ctx } = fakeGate({ checkNote });
    expect(await checkAnswers(ctx)['page-check']({ kind: 'page-check', system: 'toolbox', note }, contentCaller(PAGE))).toBe(verdict);
    expect(checkNote).toHaveBeenCalledWith(note, 'toolbox', PAGE);
  });

  it('says so where notes are not checked', async () => {
    const { ctx } = fakeGate();
    await expect(checkAnswers(ctx)['page-check']({ kind: 'page-check', system: 'toolbox', note }, contentCaller(PAGE))).rejects.toThrow('Notes are not checked here.');
  });
});

describe("a page's templates", () => {
  it("are the ones for the page's system and address, and none where there are none", async () => {
    const template: NoteTemplate = { id: 't', label: 'Phone contact', packs: [], contactType: 'telephone', party: 'participant', attemptOnly: false, body: 'Spoke with' };
    const templatesFor = vi.fn(async () => [template]);
    const templates = checkAnswers(fakeGate({ templatesFor }).ctx)['page-templates'];
    expect(await templates({ kind: 'page-templates', system: 'vos' }, contentCaller(PAGE))).toEqual([template]);
    expect(templatesFor).toHaveBeenCalledWith('vos', PAGE);
    expect(await checkAnswers(fakeGate().ctx)['page-templates']({ kind: 'page-templates', system: 'vos' }, contentCaller(PAGE))).toEqual([]);
  });
});

describe('the stated-contact sentence', () => {
  const asked = { kind: 'page-stated-contact', channel: 'phone', name: null, date: null, contactType: null, noteChannel: null } as const;

  it("is dated the case manager's today when the page gives no date, and the page's date when it does", async () => {
    const stated = checkAnswers(fakeGate({ today: () => '2026-12-01' }).ctx)['page-stated-contact'];
    const today = await stated(asked, contentCaller(PAGE));
    expect(today.sentence).toContain('12/01/2026');
    expect(today.sentence).toMatch(/phone/i);
    expect((await stated({ ...asked, date: '11/28/2026' }, contentCaller(PAGE))).sentence).toContain('11/28/2026');
  });

  it('is not written where there is no today to date it', async () => {
    await expect(checkAnswers(fakeGate().ctx)['page-stated-contact'](asked, contentCaller(PAGE))).rejects.toThrow('Stated contacts are not written here.');
  });
});
