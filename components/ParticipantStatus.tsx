import { today as todayOf } from '../lib/dates';
import type { FactSource, SystemId } from '../lib/model';
import type { SystemDef } from '../lib/systems';
import type { Response } from '../lib/messages';
import { CONTACT_WORDS, daysInWords, usDate } from '../lib/words';
import { usDateTime } from '../lib/words';

/** What the sidebar shows about the participant, from the local caseload, with where each fact came from. */
export type ParticipantStatusView = NonNullable<Response<'participant-status'>>;

/**
 * A system's words for its pages, by id. Passed in rather than imported: the registry carries every
 * system's reader, and the coach that shows this loads none of them (the reader in the frame does).
 */
export type SystemWordsOf = (system: SystemId) => Pick<SystemDef, 'label' | 'pageNames' | 'whereToRead'>;

function when(at: string): string {
  return at.length > 10 ? usDateTime(new Date(at)) : usDate(at);
}

function Source({ read, system, systemOf }: { read: FactSource; system: SystemId; systemOf: SystemWordsOf }) {
  return (
    <span class="source">
      From the {systemOf(system).pageNames[read.from]}, read {when(read.at)}.
    </span>
  );
}

function NotRead({ go }: { go: string }) {
  return <span class="unknown">Not read yet — {go}.</span>;
}

/** `today` (YYYY-MM-DD): whether the soft exit is past; the computer's own date unless a test gives one. */
export function ParticipantStatus({ status, systemOf, today = todayOf(new Date()) }: { status: ParticipantStatusView | null; systemOf: SystemWordsOf; today?: string }) {
  if (!status) return null;
  const { system, historyRead, activitiesRead } = status;
  const go = systemOf(system).whereToRead;
  const last = status.lastQualifyingContact;
  const page = (read: FactSource) => `the ${systemOf(system).pageNames[read.from]}`;
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
              <Source read={historyRead} system={system} systemOf={systemOf} />
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
            {/* Missouri: soft-exited from that day on (lib/schedule/status.ts), as the popup's "Soft-exited" says. */}
            <dd data-fact="soft-exit">
              {status.softExitDate <= today ? `Already soft-exited on ${usDate(status.softExitDate)}` : `${usDate(status.softExitDate)} if no qualifying contact before then`}
            </dd>
          </>
        ) : null}
        <dt>Enrolled activities</dt>
        <dd data-fact="activities">
          {!activitiesRead ? (
            <NotRead go={go.plan} />
          ) : (
            <>
              {status.activities.length ? status.activities.join('; ') : `None: ${page(activitiesRead)} shows no activity.`} <Source read={activitiesRead} system={system} systemOf={systemOf} />
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
