/** What the coach has from the panel's parts (components/coach/panel-parts.ts): the note's edits and the question's state. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FromPanel } from '../../../components/coach/panel-parts';
import type { PanelParts, PanelSource } from '../../../components/coach/options';
import type { NoteVerdict } from '../../../lib/model';
import type { NoteTemplate } from '../../../lib/templates/templates';
import { textareaField } from '../../../lib/overlay/note-field';
import { PANEL } from './coach-setup';

const phone: NoteTemplate = { id: 'phone', label: 'Phone', packs: [], contactType: 'telephone', party: 'participant', attemptOnly: false, body: 'Called about [[topic]].' };
/** A verdict that refuses a contact for want of something the case manager can state: the question is asked. */
const unclear: NoteVerdict = {
  contactType: null, party: null, qualifies: false, findings: [],
  reason: { message: 'Not shown to be two-way.', outcome: 'unclear', channel: 'phone', missing: 'two-way' },
};

function setup(panel: PanelSource) {
  document.body.innerHTML = '<textarea id="n">Talked about the job fair.</textarea>';
  const el = document.querySelector<HTMLTextAreaElement>('#n')!;
  const controller = new AbortController();
  const from = new FromPanel({
    note: textareaField(el),
    contactType: null,
    date: null,
    contactTypeOf: () => null,
    templates: [phone],
    templateValues: () => ({ participantName: null, activity: null, date: '12/01/2026' }),
    statedContact: async () => ({ sentence: 'Contact: spoke with the participant by phone on 12/01/2026.', disagreement: null }),
    noteChannel: () => null,
    signal: controller.signal,
    write: (change) => change(),
    panel,
  });
  const useTemplate = () => from.edit((edits) => edits.insertTemplate(edits.template('phone')!));
  return { el, from, controller, useTemplate };
}

/** Parts that come when `arrive` is called. */
function later() {
  let arrive: () => void = () => undefined;
  let here: PanelParts | null = null;
  const source: PanelSource = { now: () => here, load: () => new Promise((resolve) => (arrive = () => resolve((here = PANEL)))) };
  return { source, arrive: () => arrive() };
}

afterEach(() => vi.restoreAllMocks());

describe("what the coach has from the panel's parts", () => {
  it('writes into the note at once when they are here', () => {
    const t = setup({ now: () => PANEL, load: async () => PANEL });
    t.useTemplate();
    expect(t.el.value).toBe('Talked about the job fair.\nCalled about [[topic]].');
  });

  it('writes once they are loaded, and not at all in a coach unbound meanwhile', async () => {
    const parts = later();
    const kept = setup(parts.source);
    kept.useTemplate();
    expect(kept.el.value).toBe('Talked about the job fair.');
    parts.arrive();
    await Promise.resolve();
    await Promise.resolve();
    expect(kept.el.value).toBe('Talked about the job fair.\nCalled about [[topic]].');

    const gone = later();
    const unbound = setup(gone.source);
    unbound.useTemplate();
    unbound.controller.abort();
    gone.arrive();
    await Promise.resolve();
    await Promise.resolve();
    expect(unbound.el.value).toBe('Talked about the job fair.');
  });

  it('leaves the note as typed, with a warning, when they cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = setup({ now: () => null, load: () => Promise.reject(new Error('refused')) });
    t.useTemplate();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(t.el.value).toBe('Talked about the job fair.');
  });

  it('asks "Did you reach the participant?" only once they are here, and keeps its answer for the note', async () => {
    const parts = later();
    const t = setup(parts.source);
    expect(t.from.questionView(t.el.value, unclear, null).ask).toBe(false);
    const loaded = parts.source.load();
    parts.arrive();
    await loaded;
    expect(t.from.questionView(t.el.value, unclear, null).ask).toBe(true);
    t.from.question?.dismiss();
    expect(t.from.questionView(t.el.value, unclear, null).ask).toBe(false);
  });
});
