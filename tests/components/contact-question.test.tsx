/** "Did you reach the participant?" under the verdict (components/ContactQuestion.tsx, in VerdictReason). */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { VerdictReason } from '../../components/VerdictReason';
import type { ContactQuestionProps } from '../../components/ContactQuestion';
import type { NoteVerdict } from '../../lib/model';

const verdict: NoteVerdict = {
  contactType: 'telephone',
  party: 'participant',
  qualifies: false,
  findings: [],
  reason: { message: 'This note does not show that you reached the participant.', outcome: 'unclear', channel: 'phone', start: 0, end: 2, missing: 'participant' },
};
const question = (over: Partial<ContactQuestionProps> = {}): ContactQuestionProps => ({ ask: true, disagreement: null, onAnswer: vi.fn(), onDismiss: vi.fn(), ...over });

describe('the contact question', () => {
  it('asks, with one button per way of reaching them and "No", each named apart', () => {
    const q = question();
    render(<VerdictReason verdict={verdict} onSelectSpan={vi.fn()} question={q} />);
    const group = screen.getByRole('group', { name: 'Did you reach the participant?' });
    const names = Array.from(group.querySelectorAll('button')).map((b) => b.textContent);
    expect(names).toEqual(['In person', 'Phone', 'Video', 'They replied in writing', 'No']);
    fireEvent.click(screen.getByRole('button', { name: 'Phone' }));
    expect(q.onAnswer).toHaveBeenCalledWith('phone');
    fireEvent.click(screen.getByRole('button', { name: 'They replied in writing' }));
    expect(q.onAnswer).toHaveBeenLastCalledWith('written');
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(q.onDismiss).toHaveBeenCalledOnce();
  });

  it('is hidden, not removed, when not asked; the verdict stays', () => {
    const { container } = render(<VerdictReason verdict={verdict} onSelectSpan={vi.fn()} question={question({ ask: false })} />);
    expect(screen.queryByRole('group', { name: 'Did you reach the participant?' })).toBeNull();
    expect(container.querySelector<HTMLElement>('[aria-label="Did you reach the participant?"]')?.hidden).toBe(true);
    expect(screen.getByText('Does not count as a contact')).toBeTruthy();
  });

  it("names a disagreement with the page's contact type", () => {
    render(<VerdictReason verdict={{ ...verdict, qualifies: true }} onSelectSpan={vi.fn()} question={question({ ask: false, disagreement: 'The page says "In Person".' })} />);
    expect(screen.getByText('The page says "In Person".')).toBeTruthy();
  });
});
