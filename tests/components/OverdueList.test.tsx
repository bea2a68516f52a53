import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { OverdueList, ROWS_PER_PAGE, daysInWords, type OverdueItem } from '../../components/OverdueList';
import type { DueParticipant } from '../../lib/db/schema';

afterEach(cleanup);

const item = (over: Partial<OverdueItem>): OverdueItem => ({
  key: `toolbox:${over.participantId ?? '1'}`,
  name: 'Ana Garcia',
  participantId: '1',
  nextDueDate: '2025-01-03',
  softExitDate: null,
  lastContactDate: '2024-10-05',
  lastContactType: 'in-person',
  daysRemaining: -7,
  state: 'overdue',
  ...over,
});

const caseload = [
  item({ participantId: '3', name: 'Cy Due Soon', daysRemaining: 3, state: 'due-soon', nextDueDate: '2025-01-13', lastContactType: 'telephone' }),
  item({ participantId: '1', name: 'Ana Garcia', daysRemaining: -12, state: 'overdue', softExitDate: '2025-02-02' }),
  item({ participantId: '2', name: 'Bo Lee', daysRemaining: -40, state: 'soft-exited', softExitDate: '2024-12-31', lastContactDate: null, lastContactType: null }),
];

const rows = () => screen.getAllByRole('listitem').map((li) => within(li).getByRole('button'));

describe('the overdue list', () => {
  it('shows the most overdue first, with days in words and severity in text', () => {
    render(<OverdueList items={caseload} caseloadSize={10} onOpen={() => {}} />);
    const text = rows().map((b) => b.textContent ?? '');
    expect(text[0]).toContain('Soft-exited:');
    expect(text[0]).toContain('Bo Lee');
    expect(text[0]).toContain('40 days overdue');
    expect(text[0]).toContain('No contact on file');
    // A soft exit already past is said as past, never as a date still to come.
    expect(text[0]).toContain('Soft-exited on 12/31/2024');
    expect(text[0]).not.toContain('Soft exit 12/31/2024');
    expect(text[1]).toContain('Overdue:');
    expect(text[1]).toContain('12 days overdue');
    expect(text[1]).toContain('Due 1/3/2025');
    expect(text[1]).toContain('Soft exit 2/2/2025');
    expect(text[1]).toContain('Last contact 10/5/2024 (in person)');
    expect(text[2]).toContain('Due soon:');
    expect(text[2]).toContain('due in 3 days');
    expect(text[2]).toContain('(phone)');
  });

  it('announces the count in a status region, a participant already soft-exited apart from the overdue', () => {
    render(<OverdueList items={caseload} caseloadSize={10} onOpen={() => {}} />);
    // Bo is past his soft exit (Missouri): "2 overdue" would count him with Ana, whose soft exit is still ahead.
    expect(screen.getByRole('status').textContent).toBe('3 participants need a contact: 1 already soft-exited, 1 overdue, 1 due soon.');
  });

  it('leaves out a kind nobody is in', () => {
    render(<OverdueList items={caseload.slice(0, 1)} caseloadSize={10} onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('1 participant needs a contact: 1 due soon.');
  });

  it('writes large counts with thousands separators, as the rest of the extension does', () => {
    render(<OverdueList items={caseload} caseloadSize={20_000} counts={{ due: 12_345, overdue: 10_000, softExited: 1_200 }} onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('12,345 participants need a contact: 1,200 already soft-exited, 10,000 overdue, 1,145 due soon.');
  });

  it('says one participant "needs" a contact', () => {
    render(<OverdueList items={caseload.slice(1, 2)} caseloadSize={10} onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('1 participant needs a contact: 1 overdue.');
  });

  it('while only the first rows have arrived, shows them with the whole list\'s totals, and says a search covers only them', () => {
    const first = caseload.slice(0, 2);
    const { rerender } = render(<OverdueList items={first} caseloadSize={10} counts={{ due: 3, overdue: 1, softExited: 1 }} onOpen={() => {}} />);
    expect(rows()).toHaveLength(2);
    // Never a wrong total from the partial list ("2 participants need a contact").
    expect(screen.getByRole('status').textContent).toBe('3 participants need a contact: 1 already soft-exited, 1 overdue, 1 due soon.');
    fireEvent.input(screen.getByLabelText('Search by name or ID'), { target: { value: 'a' } });
    expect(screen.getByRole('status').textContent).toMatch(/of 2 participants \(the 2 most overdue; the rest are loading\)\.$/);
    rerender(<OverdueList items={caseload} caseloadSize={10} counts={{ due: 3, overdue: 1, softExited: 1 }} onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/of 3 participants\.$/);
    expect(rows().length).toBeGreaterThan(0);
  });

  it('opens the participant when their row is clicked', () => {
    const onOpen = vi.fn();
    render(<OverdueList items={caseload} caseloadSize={10} onOpen={onOpen} />);
    fireEvent.click(rows()[1]!);
    expect(onOpen).toHaveBeenCalledWith(caseload[1]);
  });

  it('filters by name or ID as you type and says how many are shown', () => {
    render(<OverdueList items={caseload} caseloadSize={10} onOpen={() => {}} />);
    const search = screen.getByLabelText('Search by name or ID');
    fireEvent.input(search, { target: { value: 'garc' } });
    expect(rows().map((b) => b.textContent)).toEqual([expect.stringContaining('Ana Garcia')]);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 participants.');
    fireEvent.input(search, { target: { value: '3' } });
    expect(rows().map((b) => b.textContent)).toEqual([expect.stringContaining('Cy Due Soon')]);
    fireEvent.input(search, { target: { value: 'nobody' } });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('No participant matches “nobody”.')).toBeTruthy();
  });

  it('finds a name however it is typed: first name first, without the comma, without accents', () => {
    const listed = [
      item({ participantId: '100234', name: 'Whitfield, Dana' }),
      item({ participantId: '100871', name: 'Oyelaran, Marcus', daysRemaining: 10, state: 'due-soon' }),
      item({ participantId: 'MN-448120', name: 'Muñoz-Pérez, José', daysRemaining: -3 }),
    ];
    render(<OverdueList items={listed} caseloadSize={10} onOpen={() => {}} />);
    const search = screen.getByLabelText('Search by name or ID');
    const found = (query: string) => {
      fireEvent.input(search, { target: { value: query } });
      return screen.queryAllByRole('listitem').map((li) => /(Whitfield|Oyelaran|Muñoz)/.exec(li.textContent ?? '')?.[1]);
    };
    // As the pages show it, and as a person says it.
    expect(found('Whitfield, Dana')).toEqual(['Whitfield']);
    expect(found('Dana Whitfield')).toEqual(['Whitfield']);
    expect(found('  dana   whit ')).toEqual(['Whitfield']);
    expect(found('whitfield dana')).toEqual(['Whitfield']);
    // A keyboard without accents, a name without its hyphen.
    expect(found('jose munoz')).toEqual(['Muñoz']);
    expect(found('munoz perez')).toEqual(['Muñoz']);
    expect(found('mn-448120')).toEqual(['Muñoz']);
    expect(found('448120')).toEqual(['Muñoz']);
    // Every word must match: one that no one has finds no one.
    expect(found('dana oyelaran')).toEqual([]);
  });

  it('moves between rows with the arrow keys', () => {
    render(<OverdueList items={caseload} caseloadSize={10} onOpen={() => {}} />);
    const [first, second, third] = rows();
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('gives every control a target of at least 24 px', () => {
    render(<OverdueList items={caseload} caseloadSize={10} onOpen={() => {}} />);
    for (const el of [...rows(), screen.getByLabelText('Search by name or ID')]) {
      expect(parseInt(el.style.minHeight, 10)).toBeGreaterThanOrEqual(24);
      expect(parseInt(el.style.minWidth, 10)).toBeGreaterThanOrEqual(24);
    }
  });

  it('shows a hostile name as text, never as HTML', () => {
    const name = '<img src=x onerror="alert(1)"><b>Eve</b>';
    const { container } = render(<OverdueList items={[item({ name })]} caseloadSize={1} onOpen={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(rows()[0]!.textContent).toContain(name);
  });

  it('tells a new user how to fill the caseload', () => {
    const onImport = vi.fn();
    render(<OverdueList items={[]} caseloadSize={0} onOpen={() => {}} onImport={onImport} />);
    expect(screen.getByText('Visit your caseload page in Toolbox or Workforce One, or import a CSV export.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Your caseload is empty.');
    fireEvent.click(screen.getByRole('button', { name: 'Import a CSV export' }));
    expect(onImport).toHaveBeenCalled();
  });

  it('says no one is due when the caseload has people but none are due', () => {
    render(<OverdueList items={[]} caseloadSize={5} onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('No one is overdue or due soon.');
  });
});

describe('a large caseload', () => {
  const many = Array.from({ length: 2 * ROWS_PER_PAGE + 50 }, (_, i) =>
    item({ participantId: String(1000 + i), name: `Person ${1000 + i}`, daysRemaining: -1000 + i }),
  );

  // Plain selectors: role queries over hundreds of rows are slow in happy-dom.
  const rowButtons = (c: Element) => Array.from(c.querySelectorAll<HTMLButtonElement>('button[data-row]'));
  const showMore = (c: Element) => Array.from(c.querySelectorAll<HTMLButtonElement>('button:not([data-row])')).find((b) => /^Show \d+ more/.test(b.textContent ?? ''));

  it('renders the most overdue first, a page at a time, while counting and searching everyone', () => {
    const { container } = render(<OverdueList items={many} caseloadSize={many.length} onOpen={() => {}} />);
    expect(rowButtons(container)).toHaveLength(ROWS_PER_PAGE);
    expect(rowButtons(container)[0]!.textContent).toContain('Person 1000');
    expect(screen.getByRole('status').textContent).toBe(`${many.length.toLocaleString('en-US')} participants need a contact: ${many.length.toLocaleString('en-US')} overdue.`);

    expect(showMore(container)?.textContent).toBe(`Show ${ROWS_PER_PAGE} more (${ROWS_PER_PAGE + 50} not shown yet)`);
    fireEvent.click(showMore(container)!);
    expect(rowButtons(container)).toHaveLength(2 * ROWS_PER_PAGE);
    expect(showMore(container)?.textContent).toBe('Show 50 more (50 not shown yet)');
    fireEvent.click(showMore(container)!);
    expect(rowButtons(container)).toHaveLength(many.length);
    expect(showMore(container)).toBeUndefined();
  });

  it('finds someone beyond the first page', () => {
    const { container } = render(<OverdueList items={many} caseloadSize={many.length} onOpen={() => {}} />);
    const last = many.at(-1)!;
    expect(container.textContent).not.toContain(last.name);
    fireEvent.input(screen.getByLabelText('Search by name or ID'), { target: { value: last.participantId } });
    expect(rowButtons(container).map((b) => b.textContent)).toEqual([expect.stringContaining(last.name)]);
  });
});

describe('days in words', () => {
  it.each([
    [-12, '12 days overdue'],
    [-1, '1 day overdue'],
    [0, 'due today'],
    [1, 'due in 1 day'],
    [3, 'due in 3 days'],
  ])('%i reads "%s"', (n, words) => {
    expect(daysInWords(n)).toBe(words);
  });
});

describe('wiring', () => {
  it('accepts the rows the database returns as they are', () => {
    // Compile-time check: lib/db listDue items fit the component's props without mapping.
    const fromDb: DueParticipant[] = [];
    render(<OverdueList items={fromDb} caseloadSize={0} onOpen={(p) => p.url} />);
    expect(screen.getByRole('status')).toBeTruthy();
  });
});
