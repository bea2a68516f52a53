import type { ContactType } from '../lib/model';
import { CONTACT_WORDS, daysInWords, usDate } from './format';

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

export function ParticipantStatus({ status }: { status: ParticipantStatusView | null }) {
  if (!status) return null;
  const last = status.lastQualifyingContact;
  return (
    <section class="status" aria-label="Participant status">
      <h3>{status.name}</h3>
      <dl>
        <dt>Last qualifying contact</dt>
        <dd>{last ? `${usDate(last.date)}${last.contactType ? ` (${CONTACT_WORDS[last.contactType]})` : ''}` : 'none on record'}</dd>
        <dt>Next contact due</dt>
        <dd>
          {status.nextDueDate ? usDate(status.nextDueDate) : '—'}{' '}
          {status.daysRemaining !== null ? <span class={status.daysRemaining < 0 ? 'overdue' : ''}>({daysInWords(status.daysRemaining)})</span> : null}
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
