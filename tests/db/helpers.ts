import { CaseloadDb } from '../../lib/db/db';
import type { ContactInput, ParticipantInput } from '../../lib/db/queries';

let n = 0;
/** A fresh database per test: fake-indexeddb keeps databases for the whole run. */
export function freshDb(): CaseloadDb {
  n += 1;
  return new CaseloadDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

export const person = (participantId: string, name = `Person ${participantId}`): ParticipantInput => ({
  system: 'toolbox',
  participantId,
  name,
  url: `https://toolbox.mo.gov/participant/${participantId}`,
  activities: [{ name: 'Training', code: '300', startDate: '2024-06-01', endDate: null }],
  plannedGaps: [],
});

export const visit = (date: string, extra: Partial<ContactInput> = {}): ContactInput => ({
  date,
  contactType: 'in-person',
  party: 'participant',
  qualifies: true,
  responseDate: null,
  source: 'page',
  ...extra,
});
