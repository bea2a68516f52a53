/**
 * A last contact dated after today is a typo (12/25/2030 for 2020): kept, it
 * was silently dropped by the schedule and the participant showed as "No
 * contact on file". The import's preview names the line, and the row is left
 * out like any other row with a bad date.
 */
import { describe, expect, it } from 'vitest';
import { createService } from '../../lib/caseload/service';
import { makeClient, makeDispatcher } from '../../lib/messages';
import type { Request } from '../../lib/messages';
import { freshDb } from '../db/helpers';

function setup() {
  const service = createService({
    db: freshDb(),
    today: () => '2026-12-01',
    now: () => '2026-12-01T15:04:05.000Z',
    store: { getLocal: async () => undefined, setLocal: async () => undefined, getManaged: async () => undefined },
  });
  return makeClient((m: Request) => makeDispatcher(service)(m));
}

const CSV = 'participant id,name,last contact date,activity start date\n400001,"Ok, One",12/01/2026,01/15/2027\n400005,"Future, Date",12/25/2030,\n';

describe('a last contact after today in a caseload import', () => {
  it('is a problem on its line in the preview, and the row is left out', async () => {
    const send = setup();
    const preview = await send({ kind: 'caseload-preview', csv: CSV });
    expect(preview.rows.map((r) => r.participantId)).toEqual(['400001']);
    expect(preview.errors).toEqual([{ line: 3, message: 'Last contact date for 400005: "12/25/2030" is after today (12/1/2026); check the year.' }]);
  });

  it('is not imported, and the rest is', async () => {
    const send = setup();
    const result = await send({ kind: 'caseload-import', system: 'toolbox', csv: CSV });
    expect(result.imported).toBe(1);
    expect(await send({ kind: 'participant-status', system: 'toolbox', participantId: '400005' })).toBeNull();
  });
});
