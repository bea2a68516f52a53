/**
 * The popup bench's caseload, built with the product's own row builder so
 * every row passes the schemas. Bundled into an extension page and run there
 * (no browser or Node APIs here), so 200,000 rows never cross the CDP pipe.
 */
import type { Activity, PlannedGap } from '../../lib/model';
import { addDays } from '../../lib/dates';
import { contactDedupeKey, participantRow, type ContactInput } from '../../lib/db/write';
import type { ContactRow, ParticipantRow } from '../../lib/db/schema';
import { randomContacts, rng } from './random-history';

export const PARTICIPANTS = 10_000;
export const CONTACTS = 20;

/**
 * Contacts at random over the last ~2.5 years (70% qualifying), so the
 * caseload is a realistic mix: most on track, a few thousand overdue or due
 * soon. Each activity ends on a day in the coming year (about 27 a day), and
 * one in ten has a planned gap ahead, so dates change from day to day.
 * Dates are relative to today, for which the popup works them out.
 */
export function caseload(today: string): { participants: ParticipantRow[]; contacts: ContactRow[] } {
  const rand = rng(42);
  const start = addDays(today, -900);
  const participants: ParticipantRow[] = [];
  const contacts: ContactRow[] = [];
  for (let p = 0; p < PARTICIPANTS; p++) {
    const id = String(200000 + p);
    const key = `toolbox:${id}`;
    const mine: ContactInput[] = randomContacts(rand, CONTACTS, (n) => addDays(today, -n)).map((c, i) => ({ ...c, source: 'page', sourceRef: `n${p}-${i}` }));
    const activities: Activity[] = [{ name: 'Training', code: '300', startDate: start, endDate: addDays(today, 1 + (p % 365)) }];
    const plannedGaps: PlannedGap[] =
      p % 10 === 0 ? [{ start: addDays(today, -60), end: addDays(today, -30), reason: 'break' }] : p % 10 === 1 ? [{ start: addDays(today, 20 + (p % 200)), end: addDays(today, 40 + (p % 200)), reason: 'surgery' }] : [];
    participants.push(
      participantRow(
        { system: 'toolbox', participantId: id, name: `Participant${p}, Pat`, url: `http://127.0.0.1:4817/toolbox/participant?id=${id}`, enrolledDate: addDays(start, -5), activities, plannedGaps },
        today,
      ),
    );
    for (const c of mine) {
      contacts.push({ date: c.date, contactType: c.contactType, party: c.party, qualifies: c.qualifies, responseDate: c.responseDate, dedupeKey: contactDedupeKey(key, c), participantKey: key, source: c.source, sourceRef: c.sourceRef ?? null });
    }
  }
  return { participants, contacts };
}

