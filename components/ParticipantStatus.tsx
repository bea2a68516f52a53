import type { FactSource, SystemId } from '../lib/model';
import type { Response } from '../lib/messages';
import { CONTACT_WORDS, daysInWords, usDate } from '../lib/words';
import { usDateTime } from '../lib/words';

/** What the sidebar shows about the participant, from the local caseload, with where each fact came from. */
export type ParticipantStatusView = NonNullable<Response<'participant-status'>>;

const PAGE_NAMES: Record<SystemId, Record<FactSource['from'], string>> = {
  toolbox: { 'participant-page': 'Toolbox customer page', 'notes-page': 'Toolbox case notes', 'caseload-list': 'Toolbox caseload list', import: 'caseload CSV import' },
  'workforce-one': {
    'participant-page': 'Workforce One Summary page',
    'notes-page': 'Workforce One Progress Notes page',
    'caseload-list': 'Workforce One caseload list',
    import: 'caseload CSV import',
  },
  generic: { 'participant-page': "participant's page", 'notes-page': 'case notes page', 'caseload-list': 'caseload list', import: 'caseload CSV import' },
  vos: {
    'participant-page': 'Virtual OneStop Summary or Activities tab',
    'notes-page': 'Virtual OneStop Case Notes tab',
    'caseload-list': 'Virtual OneStop caseload list',
    import: 'caseload CSV import',
  },
  ajl: {
    'participant-page': "America's JobLink Case Details page",
    'notes-page': "America's JobLink notes list",
    'caseload-list': "America's JobLink caseload list",
    import: 'caseload CSV import',
  },
};

/** Where to go so the coach can read a fact it does not know yet. */
const WHERE_TO_READ: Record<SystemId, { history: string; plan: string }> = {
  toolbox: { history: "open the customer's page in Toolbox", plan: "open the customer's page in Toolbox" },
  'workforce-one': { history: "open the participant's Progress Notes page", plan: "open the participant's Summary page" },
  generic: { history: "open the participant's case notes page", plan: "open the participant's activities page" },
  vos: { history: "open the individual's Case Notes tab", plan: "open the individual's Activities tab" },
  ajl: { history: "open the job seeker's notes (View All)", plan: "open the job seeker's Program Details page" },
};

function when(at: string): string {
  return at.length > 10 ? usDateTime(new Date(at)) : usDate(at);
}

function Source({ read, system }: { read: FactSource; system: SystemId }) {
  return (
    <span class="source">
      From the {PAGE_NAMES[system][read.from]}, read {when(read.at)}.
    </span>
  );
}

function NotRead({ go }: { go: string }) {
  return <span class="unknown">Not read yet — {go}.</span>;
}

export function ParticipantStatus({ status }: { status: ParticipantStatusView | null }) {
  if (!status) return null;
  const { system, historyRead, activitiesRead } = status;
  const go = WHERE_TO_READ[system];
  const last = status.lastQualifyingContact;
  const page = (read: FactSource) => `the ${PAGE_NAMES[system][read.from]}`;
  return (
    <section class="status" aria-label="Participant status">
      <h3>{status.name}</h3>
      <dl>
        <dt>Last qualifying contact</dt>
        <dd data-fact="last-contact">
          {!historyRead ? (
            <NotRead go={go.history} />
          ) : (
            <>
              {last ? `${usDate(last.date)}${last.contactType ? ` (${CONTACT_WORDS[last.contactType]})` : ''}` : `None: ${page(historyRead)} shows no qualifying contact.`}{' '}
              <Source read={historyRead} system={system} />
            </>
          )}
        </dd>
        <dt>Next contact due</dt>
        <dd data-fact="due">
          {status.nextDueDate ? (
            <>
              {usDate(status.nextDueDate)}{' '}
              {status.daysRemaining !== null ? <span class={status.daysRemaining < 0 ? 'overdue' : ''}>({daysInWords(status.daysRemaining)})</span> : null}
            </>
          ) : !historyRead ? (
            <span class="unknown">Not known yet — the contact history has not been read.</span>
          ) : !activitiesRead ? (
            <span class="unknown">Not known yet — with no contact, it runs from the activity start: {go.plan}.</span>
          ) : (
            '—'
          )}
        </dd>
        {status.softExitDate ? (
          <>
            <dt>Soft exit</dt>
            <dd>{usDate(status.softExitDate)}</dd>
          </>
        ) : null}
        <dt>Enrolled activities</dt>
        <dd data-fact="activities">
          {!activitiesRead ? (
            <NotRead go={go.plan} />
          ) : (
            <>
              {status.activities.length ? status.activities.join('; ') : `None: ${page(activitiesRead)} shows no activity.`} <Source read={activitiesRead} system={system} />
            </>
          )}
        </dd>
        <dt>Planned gaps</dt>
        <dd data-fact="gaps">
          {!activitiesRead ? (
            <NotRead go={go.plan} />
          ) : activitiesRead.from === 'participant-page' ? (
            status.plannedGaps.length ? (
              status.plannedGaps.map((g) => `${usDate(g.start)}–${usDate(g.end)}${g.reason ? ` (${g.reason})` : ''}`).join('; ')
            ) : (
              'None shown.'
            )
          ) : (
            // A list or a file names an activity but never shows planned gaps.
            <NotRead go={go.plan} />
          )}
        </dd>
      </dl>
      {status.flags.map((f) => (
        <p key={f} class="flag">
          <strong>Warning:</strong> {f}
        </p>
      ))}
    </section>
  );
}
