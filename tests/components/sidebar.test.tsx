import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Sidebar } from '../../components/Sidebar';
import type { SidebarProps } from '../../components/Sidebar';
import { BUILT_IN_TEMPLATES } from '../../lib/templates';

function props(over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    verdict: { contactType: 'telephone', party: 'participant', qualifies: false, findings: [] },
    blanks: [],
    status: null,
    problems: [],
    templates: BUILT_IN_TEMPLATES,
    draft: null,
    guard: false,
    collapsed: false,
    shortcut: 'Alt+Shift+N',
    pageInfo: 'Toolbox · note editor',
    onToggle: vi.fn(),
    onSelectSpan: vi.fn(),
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
  it('says the note is ready to save when nothing is wrong', () => {
    render(<Sidebar {...props()} />);
    expect(screen.getByRole('status').textContent).toBe('Ready to save: no problems found.');
  });

  it('counts errors, warnings and blanks, and names severity in words', () => {
    const p = props({
      verdict: {
        contactType: 'telephone',
        party: 'participant',
        qualifies: false,
        findings: [
          { rule: 'unsuccessful-attempt', severity: 'error', message: 'A message left is not a contact.', start: 0, end: 2 },
          { rule: 'progress-missing', severity: 'warning', message: 'Say how the participant is progressing.' },
          { rule: 'mn-record-review', severity: 'info', message: 'Review the ISS.' },
        ],
      },
      blanks: [{ start: 10, end: 20, label: 'next step' }],
    });
    render(<Sidebar {...p} />);
    expect(screen.getByRole('status').textContent).toBe('3 issues to fix: 1 error, 1 warning, 1 blank.');
    expect(screen.getAllByText('Error:')).toHaveLength(2);
    expect(screen.getByText('Warning:')).toBeTruthy();
    expect(screen.getByText('Reminder:')).toBeTruthy();
  });

  it('selects the phrase in the note when "Show in note" is pressed', () => {
    const p = props({
      verdict: { contactType: null, party: null, qualifies: false, findings: [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'LM is not a contact.', start: 5, end: 7 }] },
    });
    render(<Sidebar {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show in note' }));
    expect(p.onSelectSpan).toHaveBeenCalledWith(5, 7);
  });

  it('shows the guard with Save anyway when the host save was held back', () => {
    const p = props({ guard: true });
    render(<Sidebar {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    expect(p.onSaveAnyway).toHaveBeenCalled();
  });

  it('offers to restore an unsaved note', () => {
    const p = props({ draft: { text: 'TC w/ cust', savedAt: '10:42 AM' } });
    render(<Sidebar {...p} />);
    expect(screen.getByText(/unsaved note from 10:42 AM \(10 characters\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore it' }));
    expect(p.onRestoreDraft).toHaveBeenCalled();
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
