import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Sidebar } from '../../components/Sidebar';
import type { SidebarProps } from '../../components/Sidebar';
import { blankFindings } from '../../components/coach/findings';
import type { ShownFinding } from '../../components/FindingList';
import type { Finding } from '../../lib/model';

const TEXT = 'Call, LM. No answer at home, no answer on cell.';
const shown = (findings: Finding[]): ShownFinding[] =>
  findings.map((f, i) => ({ ...f, id: `${f.rule}@${i}`, phrase: f.start !== undefined && f.end !== undefined ? TEXT.slice(f.start, f.end) : '' }));
import { BUILT_IN_TEMPLATES } from '../../lib/templates/templates';
import { systemOf } from '../../lib/systems';

function props(over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    verdict: { contactType: 'telephone', party: 'participant', qualifies: false, findings: [] },
    findings: [],
    quiet: false,
    status: null,
    systemOf,
    problems: [],
    templates: BUILT_IN_TEMPLATES,
    drafts: [],
    guard: false,
    shortcut: 'Alt+Shift+N',
    pageInfo: 'Toolbox · note editor',
    onClose: vi.fn(),
    onSelectSpan: vi.fn(),
    onInsertText: vi.fn(),
    onInsertTemplate: vi.fn(),
    onUseTemplate: vi.fn(),
    onRestoreDraft: vi.fn(),
    onDiscardDraft: vi.fn(),
    onSaveAnyway: vi.fn(),
    onKeepEditing: vi.fn(),
    ...over,
  };
}

describe('sidebar', () => {
  it('says whether the note counts as a contact, and why, and shows the words it rests on', () => {
    const onSelectSpan = vi.fn();
    const reason = { message: 'This note does not show that you reached the participant: "no answer" is an attempt.', outcome: 'attempt' as const, channel: 'phone' as const, start: 13, end: 22 };
    render(<Sidebar {...props({ onSelectSpan, verdict: { contactType: 'telephone', party: 'participant', qualifies: false, reason, findings: [] } })} />);
    const box = screen.getByRole('group', { name: 'Contact' });
    expect(box.textContent).toContain('Does not count as a contact');
    expect(box.textContent).toContain('This note does not show that you reached the participant');
    fireEvent.click(screen.getByRole('button', { name: 'Show the words' }));
    expect(onSelectSpan).toHaveBeenCalledWith(13, 22);
  });

  it('says a qualifying note counts, and still reads a stored verdict without a reason', () => {
    render(<Sidebar {...props({ verdict: { contactType: 'telephone', party: 'participant', qualifies: true, findings: [] } })} />);
    // What shows (parts with nothing to say are hidden, not removed).
    const shownText = (el: Element) => Array.from(el.children).filter((c) => !(c as HTMLElement).hidden).map((c) => c.textContent).join('');
    expect(shownText(screen.getByRole('group', { name: 'Contact' }))).toBe('Counts as a contact');
    expect(screen.queryByRole('button', { name: 'Show the words' })).toBeNull();
  });

  it('says the note is ready to save when nothing is wrong', () => {
    render(<Sidebar {...props()} />);
    expect(screen.getByRole('status').textContent).toBe('Ready to save: no problems found.');
  });

  it('counts errors, warnings and blanks, and names severity in words', () => {
    const p = props({
      findings: shown([
        ...blankFindings([{ start: 10, end: 20, label: 'next step' }]),
        { rule: 'unsuccessful-attempt', severity: 'error', message: 'A message left is not a contact.', start: 0, end: 2 },
        { rule: 'progress-missing', severity: 'warning', message: 'Say how the participant is progressing.' },
        { rule: 'mn-record-review', severity: 'info', message: 'Review the ISS.' },
      ]),
    });
    render(<Sidebar {...p} />);
    expect(screen.getByRole('status').textContent).toBe('3 issues to fix: 1 error, 1 warning, 1 blank.');
    expect(screen.getAllByText('Error:')).toHaveLength(2);
    expect(screen.getByText('Warning:')).toBeTruthy();
    expect(screen.getByText('Reminder:')).toBeTruthy();
  });

  it('selects the phrase in the note when "Show \'LM\' in note" is pressed', () => {
    const p = props({ findings: shown([{ rule: 'unsuccessful-attempt', severity: 'error', message: 'LM is not a contact.', start: 6, end: 8 }]) });
    render(<Sidebar {...p} />);
    fireEvent.click(screen.getByRole('button', { name: "Show 'LM' in note" }));
    expect(p.onSelectSpan).toHaveBeenCalledWith(6, 8);
  });

  it('gives every button its own accessible name, even for the same words flagged twice', () => {
    const at = (phrase: string) => TEXT.indexOf(phrase);
    const second = at('no answer');
    const p = props({
      findings: shown([
        { rule: 'unsuccessful-attempt', severity: 'error', message: 'No answer is an attempt.', start: at('No answer'), end: at('No answer') + 9, fix: { kind: 'use-template', templateId: 'attempt' } },
        { rule: 'unsuccessful-attempt', severity: 'error', message: 'No answer is an attempt.', start: second, end: second + 9, fix: { kind: 'use-template', templateId: 'attempt' } },
        { rule: 'contact-date-missing', severity: 'warning', message: 'Say when.', fix: { kind: 'insert-text', at: 0, text: '11/20/2026 ' } },
      ]),
    });
    render(<Sidebar {...p} />);
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("Show 'No answer' in note");
    expect(names).toContain("Show 'no answer' in note");
    fireEvent.click(screen.getByRole('button', { name: "Insert '11/20/2026'" }));
    expect(p.onInsertText).toHaveBeenCalledWith(0, '11/20/2026 ');
  });

  it('flags nothing while the note is untouched', () => {
    const p = props({ quiet: true, findings: shown([{ rule: 'not-substantive', severity: 'error', message: 'Empty.' }]) });
    render(<Sidebar {...p} />);
    expect(screen.getByRole('status').textContent).toMatch(/Start typing/);
    expect(screen.queryByText('Error:')).toBeNull();
  });

  it('shows the guard with Save anyway when the host save was held back', () => {
    const p = props({ guard: true });
    render(<Sidebar {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    expect(p.onSaveAnyway).toHaveBeenCalled();
  });

  it('offers every unsaved note, newest first, each with its time and first words, and restores or discards the one chosen', () => {
    const long = 'Met with Dana at the job fair table; she has an interview at the plant on Monday and needs boots for the first shift.';
    const p = props({
      drafts: [
        { visit: 'c3', text: 'TC w/ cust', savedAt: '12/1/2026, 10:42 AM', before: true },
        { visit: 'b2', text: long, savedAt: '12/1/2026, 9:15 AM' },
      ],
    });
    render(<Sidebar {...p} />);
    const group = screen.getByRole('group', { name: 'Unsaved notes' });
    expect(group.textContent).toContain('2 unsaved notes were kept on this computer, newest first');
    const items = Array.from(group.querySelectorAll('li')).map((li) => li.querySelector('p')!.textContent);
    expect(items).toEqual([
      'Your text before restore (10 characters): TC w/ cust',
      `An unsaved note from 12/1/2026, 9:15 AM (${long.length} characters): Met with Dana at the job fair table; she has an interview at the plant on Monday…`,
    ]);
    // Each button names the note it acts on.
    fireEvent.click(screen.getByRole('button', { name: 'Restore it: the unsaved note from 12/1/2026, 9:15 AM' }));
    expect(p.onRestoreDraft).toHaveBeenCalledWith('b2');
    fireEvent.click(screen.getByRole('button', { name: 'Discard your text before restore' }));
    expect(p.onDiscardDraft).toHaveBeenCalledWith('c3');
  });

  it('offers a single unsaved note as one', () => {
    render(<Sidebar {...props({ drafts: [{ visit: 'a1', text: 'TC w/ cust', savedAt: '10:42 AM' }] })} />);
    expect(screen.getByRole('group', { name: 'Unsaved note' }).textContent).toMatch(/^An unsaved note was kept on this computer\. Each stays kept until you restore or discard it; what you type now is kept too\.An unsaved note from 10:42 AM \(10 characters\)/);
  });

  it('says checking is unavailable instead of showing stale warnings', () => {
    render(<Sidebar {...props({ verdict: null })} />);
    expect(screen.getByRole('status').textContent).toMatch(/unavailable/);
  });

  it('shows a hostile participant name as text', () => {
    const { container } = render(
      <Sidebar
        {...props({
          status: { name: '<img src=x onerror=alert(1)>', system: 'toolbox', historyRead: null, activitiesRead: null, plannedGaps: [], lastQualifyingContact: null, nextDueDate: null, softExitDate: null, daysRemaining: null, activities: [], flags: [] },
        })}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
