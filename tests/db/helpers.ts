import { afterEach } from 'vitest';
import { CaseloadDb } from '../../lib/db/db';
import type { SettingsStore } from '../../lib/caseload/settings-service';
import type { ContactInput, ParticipantInput } from '../../lib/db/write';

let n = 0;
/** A fresh database per test: fake-indexeddb keeps databases for the whole run. */
export function freshDb(): CaseloadDb {
  n += 1;
  return new CaseloadDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

/**
 * For a test file: `db()` gives a fresh database and `track(d)` adopts one
 * opened by hand; both are deleted after each test.
 */
export function deletedAfterEach(): { db: () => CaseloadDb; track: (d: CaseloadDb) => CaseloadDb } {
  const opened: CaseloadDb[] = [];
  afterEach(async () => {
    for (const d of opened.splice(0)) await d.delete();
  });
  const track = (d: CaseloadDb) => {
    opened.push(d);
    return d;
  };
  return { db: () => track(freshDb()), track };
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

/** A settings store with nothing saved and no agency policy: the caseload service's defaults. */
export const noSettings = (): SettingsStore => ({ getLocal: async () => undefined, setLocal: async () => undefined, getManaged: async () => undefined });
