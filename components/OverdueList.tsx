/**
 * The overdue and due-soon list. Pure UI: data and callbacks come through
 * props; it never calls browser.* (ARCHITECTURE.md). Names come from host pages and
 * import files, so they are only ever rendered as text.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ContactType } from '../lib/model';
import type { ParticipantState } from '../lib/schedule/status';
import { CONTACT_WORDS, STATE_WORDS, daysInWords, usDate } from '../lib/words';
import { noun } from '../lib/words';

export { daysInWords };

export interface OverdueItem {
  key: string;
  name: string;
  participantId: string;
  nextDueDate: string;
  softExitDate: string | null;
  lastContactDate: string | null;
  lastContactType: ContactType | null;
  daysRemaining: number;
  state: ParticipantState;
}

interface OverdueListProps<T extends OverdueItem = OverdueItem> {
  items: readonly T[];
  /** Everyone stored, due or not: zero means a new user who needs to fill the caseload. */
  caseloadSize: number;
  /** Totals for the whole list, when `items` may hold only its first rows; without it they are counted from `items`. */
  counts?: { due: number; overdue: number; softExited: number };
  onOpen: (participant: T) => void;
  /** Whether a row has a page to open; without it every row does. A row without one says so. */
  canOpen?: (participant: T) => boolean;
  /** Shown as a button in the empty state when given. */
  onImport?: () => void;
}

// Severity is carried by the words; the icon only repeats it and is hidden from screen readers.
const SEVERITY: Partial<Record<ParticipantState, { label: string; icon: string }>> = {
  'soft-exited': { label: STATE_WORDS['soft-exited'], icon: '✖' },
  overdue: { label: STATE_WORDS.overdue, icon: '▲' },
  'due-soon': { label: STATE_WORDS['due-soon'], icon: '●' },
  ok: { label: STATE_WORDS.ok, icon: '✓' },
};

const TARGET = { minHeight: '44px', minWidth: '24px' };

/**
 * What search compares: lower case, accents off, punctuation as spaces. The pages show "Whitfield, Dana" and a
 * case manager types "dana whitfield" or "jose munoz": each typed word is looked for on its own.
 */
function searchText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rows rendered at first, and added per "Show more". A 10,000-person caseload
 * rendered whole takes seconds to open; the most overdue come first anyway,
 * and search still covers everyone.
 */
export const ROWS_PER_PAGE = 200;

/** Rows the popup asks for first: twice what its window shows, so it paints at once. */
export const FIRST_ROWS = 40;

export function OverdueList<T extends OverdueItem>({ items, caseloadSize, counts, onOpen, canOpen, onImport }: OverdueListProps<T>) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const listRef = useRef<HTMLUListElement>(null);

  const sorted = useMemo(() => [...items].sort((a, b) => a.daysRemaining - b.daysRemaining || a.name.localeCompare(b.name)), [items]);
  // Worked out once per list, not per key typed: a caseload can hold 10,000 people.
  const searchable = useMemo(() => sorted.map((p) => searchText(`${p.name} ${p.participantId}`)), [sorted]);
  const shown = useMemo(() => {
    const words = searchText(query).split(' ').filter(Boolean);
    if (words.length === 0) return sorted;
    return sorted.filter((_, i) => words.every((w) => searchable[i]!.includes(w)));
  }, [sorted, searchable, query]);
  const visible = shown.length > limit ? shown.slice(0, limit) : shown;
  const hidden = shown.length - visible.length;

  if (caseloadSize === 0 && items.length === 0) {
    return (
      <section class="cnc-overdue" aria-label="Contacts due">
        <p role="status">Your caseload is empty.</p>
        <p>Visit your caseload page in Toolbox or Workforce One, or import a CSV export.</p>
        {onImport && (
          <button type="button" style={TARGET} onClick={onImport}>
            Import a CSV export
          </button>
        )}
      </section>
    );
  }

  const due = counts?.due ?? items.length;
  // Counted as the rows are labelled: someone past their soft exit (Missouri) is "already soft-exited", as the panel
  // says it, and not also counted as overdue.
  const softExited = counts?.softExited ?? items.filter((p) => p.state === 'soft-exited').length;
  const overdue = counts?.overdue ?? items.filter((p) => p.state !== 'soft-exited' && p.daysRemaining < 0).length;
  const n = (count: number) => count.toLocaleString('en-US');
  const kinds = [
    [softExited, 'already soft-exited'],
    [overdue, 'overdue'],
    [due - overdue - softExited, 'due soon'],
  ] as const;
  const status =
    query.trim() !== ''
      ? `Showing ${n(shown.length)} of ${n(items.length)} ${noun(items.length, 'participant')}${items.length < due ? ` (the ${n(items.length)} most overdue; the rest are loading)` : ''}.`
      : due === 0
        ? 'No one is overdue or due soon.'
        : `${n(due)} ${noun(due, 'participant')} ${noun(due, 'needs', 'need')} a contact: ${kinds
            .filter(([count]) => count > 0)
            .map(([count, kind]) => `${n(count)} ${kind}`)
            .join(', ')}.`;

  // Arrow keys move between rows, as in a list; Tab still reaches every row.
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-row]') ?? []);
    const at = buttons.findIndex((b) => b === e.target);
    if (at < 0) return;
    const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  return (
    <section class="cnc-overdue" aria-label="Contacts due">
      <label>
        Search by name or ID{' '}
        <input type="search" style={TARGET} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <p role="status">{status}</p>
      {shown.length === 0 && query.trim() !== '' && <p>No participant matches “{query.trim()}”.</p>}
      <ul ref={listRef} onKeyDown={onKeyDown} style={{ listStyle: 'none', padding: 0 }}>
        {visible.map((p) => {
          const sev = SEVERITY[p.state] ?? { label: 'Unknown', icon: '?' };
          const linked = canOpen?.(p) ?? true;
          return (
            <li key={p.key}>
              <button
                type="button"
                data-row=""
                aria-disabled={linked ? undefined : 'true'}
                style={{ ...TARGET, display: 'block', width: '100%', textAlign: 'start' }}
                onClick={() => linked && onOpen(p)}
              >
                <strong>
                  <span aria-hidden="true">{sev.icon} </span>
                  {sev.label}:
                </strong>{' '}
                <span class="cnc-name">{p.name}</span> <span>(ID {p.participantId})</span> — <span>{daysInWords(p.daysRemaining)}</span>
                <br />
                <span>Due {usDate(p.nextDueDate)}</span>
                {/* Said as the row's label says it: a soft exit already past is past. */}
                {p.softExitDate && <span> · {p.state === 'soft-exited' ? 'Soft-exited on' : 'Soft exit'} {usDate(p.softExitDate)}</span>}
                <span>
                  {' '}
                  ·{' '}
                  {p.lastContactDate
                    ? `Last contact ${usDate(p.lastContactDate)}${p.lastContactType ? ` (${CONTACT_WORDS[p.lastContactType]})` : ''}`
                    : 'No contact on file'}
                </span>
                {linked ? null : <span class="cnc-no-link"> · No link to their page</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" style={TARGET} onClick={() => setLimit((n) => n + ROWS_PER_PAGE)}>
          Show {Math.min(ROWS_PER_PAGE, hidden).toLocaleString('en-US')} more ({hidden.toLocaleString('en-US')} not shown yet)
        </button>
      )}
    </section>
  );
}
