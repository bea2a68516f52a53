/**
 * A call back the writer missed is phone tag, not a contact: "returned call"
 * names the participant's try, and "but I missed it" says nobody talked. What
 * they left on the voicemail is one-way. A participant who "missed" something
 * during a real contact is still a contact.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const verdict = (text: string) => checkNote({ text, contactType: 'telephone' }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-11-25' });

describe('a missed call back', () => {
  it.each([
    'Customer returned call but I missed it; she left VM saying she is doing well in class.',
    'Customer returned my call but I missed it. She left a voicemail: attending 4 days a week.',
  ])('does not count: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.findings.map((f) => f.rule)).toContain('unsuccessful-attempt');
  });

  it.each([
    'Met with customer in person. The job fair was last week but she missed it; attending CNA class 90%. Continue ITA, next OV 12/15.',
    'Spoke with customer by phone. She had a dental appointment and missed it. Attending class 4 days/wk. Continue ITA, next TC 12/15.',
  ])('something the participant missed leaves a real contact counting: %s', (text) => {
    expect(verdict(text).qualifies).toBe(true);
  });
});
