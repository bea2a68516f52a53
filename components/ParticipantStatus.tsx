import type { ContactType } from '../lib/model';

/** What the sidebar shows about the participant, from the local caseload. */
export interface ParticipantStatusView {
  name: string;
  lastQualifyingContact: { date: string; contactType: ContactType | null } | null;
  nextDueDate: string | null;
  softExitDate: string | null;
  daysRemaining: number | null;
  activities: string[];
  flags: string[];
}

const TYPE_WORDS: Record<ContactType, string> = {
  'in-person': 'in person',
  telephone: 'telephone',
  letter: 'letter',
  email: 'e-mail',
};

/** 'YYYY-MM-DD' → 'MM/DD/YYYY', the way staff read dates. */
export function usDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

export function dueWords(days: number | null): string {
  if (days === null) return '';
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'due today';
  return `due in ${days} day${days === 1 ? '' : 's'}`;
}

export function ParticipantStatus({ status }: { status: ParticipantStatusView | null }) {
  if (!status) return null;
  const last = status.lastQualifyingContact;
  return (
    <section class="status" aria-label="Participant status">
      <h3>{status.name}</h3>
      <dl>
        <dt>Last qualifying contact</dt>
        <dd>{last ? `${usDate(last.date)}${last.contactType ? ` (${TYPE_WORDS[last.contactType]})` : ''}` : 'none on record'}</dd>
        <dt>Next contact due</dt>
        <dd>
          {usDate(status.nextDueDate)} {status.daysRemaining !== null ? <span class={status.daysRemaining < 0 ? 'overdue' : ''}>({dueWords(status.daysRemaining)})</span> : null}
        </dd>
        {status.softExitDate ? (
          <>
            <dt>Soft exit</dt>
            <dd>{usDate(status.softExitDate)}</dd>
          </>
        ) : null}
        <dt>Enrolled activities</dt>
        <dd>{status.activities.length ? status.activities.join('; ') : 'none on record'}</dd>
      </dl>
      {status.flags.map((f) => (
        <p key={f} class="flag">
          <strong>Warning:</strong> {f}
        </p>
      ))}
    </section>
  );
}
