/** The Options sections, each on its own: what a case manager does there and what gets saved. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { numberOrNull, NumberField } from '../../../components/options/common';
import { PolicySection } from '../../../components/options/PolicySection';
import { RulesSection } from '../../../components/options/RulesSection';
import { TemplatesSection } from '../../../components/options/TemplatesSection';
import { SitesSection } from '../../../components/options/SitesSection';
import { ImportExport } from '../../../components/options/ImportExport';
import { ForgetAll } from '../../../components/options/ForgetAll';
import { Options } from '../../../components/options/Options';

afterEach(cleanup);

describe('number fields', () => {
  it('save a blank field as "not set", never 0', () => {
    expect(numberOrNull('  ')).toBeNull();
    expect(numberOrNull('60')).toBe(60);
    const onSave = vi.fn();
    render(<NumberField label="Interval" value={90} locked={false} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Interval'), { target: { value: '' } });
    expect(onSave).toHaveBeenCalledWith(null);
  });

  it('keep what is being typed when the page re-renders before it is committed', () => {
    const onSave = vi.fn();
    const { rerender } = render(<NumberField label="Due soon" value={14} locked={false} onSave={onSave} />);
    const field = screen.getByLabelText('Due soon') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '7' } });
    // Settings reloaded after another field's save: same stored value, a fresh render.
    rerender(<NumberField label="Due soon" value={14} locked={false} onSave={onSave} />);
    expect(field.value).toBe('7');
    fireEvent.change(field, { target: { value: '7' } });
    expect(onSave).toHaveBeenCalledWith(7);
    // A value stored from elsewhere shows once nothing is being typed.
    rerender(<NumberField label="Due soon" value={21} locked={false} onSave={onSave} />);
    expect(field.value).toBe('21');
  });
});

describe('Policy', () => {
  it('saves the pack chosen and a stricter interval; an agency lock disables the field and says so', () => {
    const save = vi.fn();
    const packs = [
      { id: 'wioa-baseline', name: 'WIOA baseline' },
      { id: 'mn-wf1', name: 'Minnesota' },
    ] as const;
    render(<PolicySection settings={DEFAULT_SETTINGS} packs={[...packs]} isLocked={(k) => k === 'dueSoonDays'} save={save} />);
    fireEvent.change(screen.getByLabelText(/Policy pack for other sites/), { target: { value: 'mn-wf1' } });
    expect(save).toHaveBeenCalledWith({ pack: 'mn-wf1' });
    fireEvent.change(screen.getByLabelText(/Policy pack for other sites/), { target: { value: '' } });
    expect(save).toHaveBeenLastCalledWith({ pack: null });
    fireEvent.change(screen.getByLabelText(/Local contact interval/), { target: { value: '60' } });
    expect(save).toHaveBeenCalledWith({ intervalDays: 60 });
    const dueSoon = screen.getByLabelText(/due soon within/);
    expect((dueSoon as HTMLInputElement).disabled).toBe(true);
    expect(dueSoon.closest('label')?.textContent).toContain('(set by your agency)');
  });
});

describe('Checks', () => {
  const rules = [
    { id: 'unsuccessful-attempt', title: 'An attempt is not a contact', severity: 'error' as const },
    { id: 'next-step-missing', title: 'No next step', severity: 'info' as const },
  ];

  it('names severities Error, Warning, Reminder and saves only the rule changed (Default clears it)', () => {
    const save = vi.fn();
    render(<RulesSection rules={rules} overrides={{ 'next-step-missing': 'off' }} locked={false} save={save} />);
    const select = screen.getByLabelText('No next step') as HTMLSelectElement;
    expect(select.value).toBe('off');
    expect(Array.from(select.options).map((o) => o.text)).toEqual(['Default (Reminder)', 'Error', 'Warning', 'Reminder', 'Off']);
    fireEvent.change(select, { target: { value: 'default' } });
    expect(save).toHaveBeenLastCalledWith({ ruleOverrides: { 'next-step-missing': null } });
    fireEvent.change(screen.getByLabelText('An attempt is not a contact'), { target: { value: 'warning' } });
    expect(save).toHaveBeenLastCalledWith({ ruleOverrides: { 'unsuccessful-attempt': 'warning' } });
  });
});

describe('Your templates', () => {
  it('refuses a template with no id or text, saying why, and saves nothing', () => {
    const onSave = vi.fn();
    render(<TemplatesSection templates={[]} locked={false} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).not.toBe('');
  });

  it('a template saved with an existing id replaces that one, keeping the others', () => {
    const onSave = vi.fn();
    const base = { packs: [], contactType: null, party: 'participant' as const, attemptOnly: false };
    const templates = [
      { ...base, id: 'phone', label: 'Phone', body: 'Called [[who]].' },
      { ...base, id: 'visit', label: 'Visit', body: 'Met [[who]].' },
    ];
    render(<TemplatesSection templates={templates} locked={false} onSave={onSave} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0]!);
    expect((screen.getByLabelText('Id') as HTMLInputElement).value).toBe('phone');
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'Spoke with [[who]] by phone.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(onSave).toHaveBeenCalledWith([templates[1], expect.objectContaining({ id: 'phone', label: 'Phone', body: 'Spoke with [[who]] by phone.' })]);
    // The fields the form does not show are kept.
    cleanup();
    const phone = { ...templates[0]!, contactType: 'telephone' as const, party: 'provider' as const };
    const again = vi.fn();
    render(<TemplatesSection templates={[phone]} locked={false} onSave={again} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Phone call' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(again).toHaveBeenCalledWith([{ ...phone, label: 'Phone call' }]);
    cleanup();
    render(<TemplatesSection templates={templates} locked={false} onSave={onSave} />);
    // Delete names the template it deletes.
    fireEvent.click(screen.getByRole('button', { name: 'Delete Visit' }));
    expect(onSave).toHaveBeenLastCalledWith([templates[0]]);
  });
});

describe('Other case-management sites', () => {
  function setup(opts: { problem?: string | null; granted?: boolean } = {}) {
    const onSave = vi.fn();
    const onMessage = vi.fn();
    const onRequest = vi.fn(() => Promise.resolve(opts.granted ?? true));
    render(
      <SitesSection sites={[{ pattern: 'https://a.example.gov/*' }]} locked={false} validate={() => opts.problem ?? null} onRequest={onRequest} onSave={onSave} onMessage={onMessage} />,
    );
    const add = (pattern: string, note = '') => {
      fireEvent.input(screen.getByLabelText(/Site address/), { target: { value: pattern } });
      fireEvent.input(screen.getByLabelText(/Note field selector/), { target: { value: note } });
      fireEvent.submit(screen.getByRole('form', { name: 'Add a site' }));
    };
    return { onSave, onMessage, onRequest, add };
  }

  it('adds a site after the browser grants access, with its note selector', async () => {
    const { onSave, onRequest, add } = setup();
    add(' https://b.example.gov/* ', '#note');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onRequest).toHaveBeenCalledWith('https://b.example.gov/*');
    expect(onSave).toHaveBeenCalledWith([{ pattern: 'https://a.example.gov/*' }, { pattern: 'https://b.example.gov/*', selectors: { note: '#note' } }]);
  });

  it('a bad pattern or a refused permission adds nothing and says why', async () => {
    const bad = setup({ problem: 'Not an address pattern.' });
    bad.add('nonsense');
    await waitFor(() => expect(bad.onMessage).toHaveBeenCalledWith({ text: 'Not an address pattern.', error: true }));
    expect(bad.onRequest).not.toHaveBeenCalled();
    cleanup();
    const refused = setup({ granted: false });
    refused.add('https://c.example.gov/*');
    await waitFor(() => expect(refused.onMessage).toHaveBeenCalledWith({ text: 'Access to that site was not granted.', error: true }));
    expect(refused.onSave).not.toHaveBeenCalled();
  });

  it("takes a pasted page address as its whole site, and the agency's selectors for contact type, date and Save", async () => {
    const { onSave, onRequest } = setup();
    fireEvent.input(screen.getByLabelText(/Site address/), { target: { value: 'https://cases.example.gov/app/people/5521/notes?new=1' } });
    fireEvent.input(screen.getByLabelText(/Contact type selector/), { target: { value: '#how' } });
    fireEvent.input(screen.getByLabelText(/Contact date selector/), { target: { value: 'input[name="when"]' } });
    fireEvent.input(screen.getByLabelText(/Save button selector/), { target: { value: '#save' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Add a site' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onRequest).toHaveBeenCalledWith('https://cases.example.gov/*');
    expect(onSave).toHaveBeenCalledWith([
      { pattern: 'https://a.example.gov/*' },
      { pattern: 'https://cases.example.gov/*', selectors: { contactType: '#how', date: 'input[name="when"]', submit: '#save' } },
    ]);
  });

  it('removes a site by the button that names it', () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://a.example.gov/*' }));
    expect(onSave).toHaveBeenCalledWith([]);
  });
});

describe('Data on this computer', () => {
  it('a settings file with problems lists them and says nothing was changed', async () => {
    const onMessage = vi.fn();
    render(<ImportExport onExport={() => Promise.resolve('{}')} onImport={() => Promise.resolve(['intervalDays: too big'])} onMessage={onMessage} />);
    const file = new File(['{"intervalDays": 9999}'], 'settings.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import settings (JSON)'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('intervalDays: too big'));
    expect(onMessage).toHaveBeenCalledWith({ text: 'the file was not imported; nothing was changed.', error: true });
  });

  it('reads a settings file saved by Notepad as "Unicode" (UTF-16 with a byte-order mark) or in Windows-1252, as the caseload import does', async () => {
    const json = '{"format":"case-note-coach-settings","version":1,"settings":{"templates":[{"id":"cafe","label":"Café visit","body":"Met at the café."}]}}';
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) utf16[2 + i * 2] = json.charCodeAt(i); // all below 256: the high byte stays 0
    const cp1252 = Uint8Array.from(json, (c) => c.charCodeAt(0));
    for (const bytes of [utf16, cp1252]) {
      const onImport = vi.fn(() => Promise.resolve([]));
      render(<ImportExport onExport={() => Promise.resolve('{}')} onImport={onImport} onMessage={vi.fn()} />);
      fireEvent.change(screen.getByLabelText('Import settings (JSON)'), { target: { files: [new File([bytes], 'settings.json', { type: 'application/json' })] } });
      await waitFor(() => expect(onImport).toHaveBeenCalledWith(json));
      cleanup();
    }
  });

  it('forgets everything only after "Yes", and Cancel forgets nothing', async () => {
    const onForgetAll = vi.fn(() => Promise.resolve());
    const onMessage = vi.fn();
    render(<ForgetAll onForgetAll={onForgetAll} onMessage={onMessage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget all participant data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onForgetAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget all participant data…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Settings stay');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget everything' }));
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith({ text: 'All participant data on this computer was deleted.', error: false }));
    expect(onForgetAll).toHaveBeenCalledTimes(1);
  });
});

describe('the whole page', () => {
  const props = () => ({
    settings: DEFAULT_SETTINGS,
    locked: [],
    problems: ['Your agency\'s policy has a bad value for "intervalDays"; it is ignored.'],
    rules: [{ id: 'unsuccessful-attempt', title: 'An attempt is not a contact', severity: 'error' as const }],
    packs: [{ id: 'wioa-baseline' as const, name: 'WIOA baseline' }],
    validateSitePattern: () => null,
    onRequestSite: () => Promise.resolve(true),
    onExport: () => Promise.resolve('{}'),
    onImport: () => Promise.resolve([]),
    onForgetAll: () => Promise.resolve(),
  });

  it('says Saved, or why not, after a change; a background that does not answer is said in words', async () => {
    const onChange = vi.fn().mockResolvedValueOnce(null).mockResolvedValueOnce('at most 366 days').mockRejectedValueOnce(new Error('Could not establish connection'));
    render(<Options {...props()} onChange={onChange} />);
    expect(screen.getByText(/bad value for "intervalDays"/)).toBeTruthy();
    const interval = screen.getByLabelText(/Local contact interval/);
    fireEvent.change(interval, { target: { value: '60' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    fireEvent.change(interval, { target: { value: '999' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: at most 366 days'));
    fireEvent.change(interval, { target: { value: '30' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Not saved: Case Note Coach did not answer \(Could not establish connection\)/));
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([{ intervalDays: 60 }, { intervalDays: 999 }, { intervalDays: 30 }]);
  });

  it('says Saving… at once while the background has not answered (on a fresh browser a change waits for the first read of agency policy)', async () => {
    let answer: (error: string | null) => void = () => undefined;
    const onChange = vi.fn(() => new Promise<string | null>((resolve) => (answer = resolve)));
    render(<Options {...props()} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText(/Show as due soon/), { target: { value: '9' } });
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    answer(null);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  /** An onChange whose answers come when the test gives them, in any order. */
  const heldAnswers = () => {
    const answers: ((error: string | null) => void)[] = [];
    const onChange = vi.fn(() => new Promise<string | null>((resolve) => answers.push(resolve)));
    return { onChange, answer: async (i: number, error: string | null) => answers[i]!(error) };
  };

  it('an older change\'s "Saved." does not say a newer one still on its way was saved', async () => {
    const { onChange, answer } = heldAnswers();
    render(<Options {...props()} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText(/Show as due soon/), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText(/Local contact interval/), { target: { value: '60' } });
    await answer(0, null);
    // Give the first answer every chance to be drawn: the second change is still on its way.
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    await answer(1, null);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  it('an older change refused after a newer one was saved is still said', async () => {
    const { onChange, answer } = heldAnswers();
    render(<Options {...props()} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText(/Local contact interval/), { target: { value: '999' } });
    fireEvent.change(screen.getByLabelText(/Show as due soon/), { target: { value: '9' } });
    await answer(1, null);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    await answer(0, 'at most 366 days');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: at most 366 days'));
  });
});
