/** checkNote must survive anything a case manager (or a hostile page) can type. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const packs = Object.values(PACKS);
const vocabularyish = fc.constantFrom(
  'TC', 'LM', 'OV', 'NA', 'VM', 'cust', "cust's", 'instructor', 'not', 'no answer', 'called back', 'e-mail', 'w/', '3/2/25',
  'SSN', '123-45-6789', 'DOB', 'grades', 'will', '.', ';', '\n', ' ', '’s', 'voicemial', 'did not', 'to', 'for',
);
const noteText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(vocabularyish, { maxLength: 60 }).map((w) => w.join(' ')),
  fc.array(fc.oneof(vocabularyish, fc.string({ maxLength: 5 })), { maxLength: 80 }).map((w) => w.join('')),
);

describe('checkNote on any text', () => {
  it('never throws and keeps every span inside the note', () => {
    fc.assert(
      fc.property(noteText, fc.constantFrom(...packs), fc.boolean(), (text, pack, hasDateField) => {
        const v = checkNote({ text, hasDateField }, { pack, today: '2025-06-01' });
        for (const f of v.findings) {
          if (f.start === undefined && f.end === undefined) continue;
          expect(f.start).toBeDefined();
          expect(f.end).toBeDefined();
          expect(f.start as number).toBeGreaterThanOrEqual(0);
          expect(f.end as number).toBeLessThanOrEqual(text.length);
          expect(f.start as number).toBeLessThan(f.end as number);
        }
        expect(typeof v.qualifies).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('handles huge notes', () => {
    const huge = 'TC w/ cust, LM, 123-45-6789 attending ✓ 😀 '.repeat(20_000);
    const v = checkNote({ text: huge }, { pack: PACKS['mo-dwd-toolbox'], today: '2025-06-01' });
    expect(v.findings.every((f) => (f.end ?? 0) <= huge.length)).toBe(true);
    expect(() => checkNote({ text: 'a'.repeat(200_000) }, { pack: PACKS['mn-wf1'], today: '2025-06-01' })).not.toThrow();
  });

  it('does not throw on a malformed structured field', () => {
    const v = checkNote({ text: 'TC w/ cust', contactDate: '3/3/2025' }, { pack: PACKS['mo-dwd-toolbox'], today: '2025-06-01' });
    expect(v.contactType).toBe('telephone');
  });
});
