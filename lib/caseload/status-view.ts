/**
 * What the sidebar may say about one participant, given what has actually
 * been read. A fact nobody has read yet is reported as unknown (null
 * provenance), never as "none": a participant whose Summary page was not
 * opened is not a participant without activities. Warnings that rest on an
 * unread fact are held back for the same reason.
 */
import type { ParticipantRow } from '../db/schema';
import { currentActivityProblem, type ParticipantStatus, type ScheduleProblemCode } from '../schedule/status';
import type { Response } from '../messages';

/** Which facts a schedule problem rests on. */
function restsOn(code: ScheduleProblemCode): { history: boolean; plan: boolean } {
  switch (code) {
    case 'no-current-activity':
    case 'invalid-gap':
    case 'in-planned-gap':
      return { history: false, plan: true };
    // No contact, and no activity start to count from: both must have been read.
    case 'nothing-to-count-from':
      return { history: true, plan: true };
    default:
      return { history: true, plan: false };
  }
}

export function statusView(row: ParticipantRow, status: ParticipantStatus, today: string): NonNullable<Response<'participant-status'>> {
  const history = row.historyRead;
  const plan = row.activitiesRead;
  // The due date runs from the last contact, or with none from the activity start: it is known only when those were read.
  const dueKnown = history !== null && (status.countedFrom?.because === 'contact' || plan !== null);
  const last = history ? status.lastQualifyingContact : null;
  return {
    name: row.name,
    system: row.system,
    historyRead: history,
    lastQualifyingContact: last ? { date: last.date, contactType: last.contactType } : null,
    nextDueDate: dueKnown ? status.nextDueDate : null,
    softExitDate: dueKnown ? status.softExitDate : null,
    daysRemaining: dueKnown ? status.daysRemaining : null,
    activitiesRead: plan,
    activities: plan ? row.activities.map((a) => a.name) : [],
    plannedGaps: plan ? row.plannedGaps.map((g) => ({ start: g.start, end: g.end, reason: g.reason })) : [],
    flags: [
      // Judged on the activities as read: the schedule leaves them out while the history is unknown (nothing to count from).
      ...status.problems.filter((p) => p.code !== 'no-current-activity'),
      ...(plan ? [currentActivityProblem(row.activities, today)].filter((p) => p !== null) : []),
    ]
      .filter((p) => p.severity !== 'info')
      .filter((p) => {
        const needs = restsOn(p.code);
        return (!needs.history || history !== null) && (!needs.plan || plan !== null);
      })
      .map((p) => p.message),
  };
}
