/** Verdicts of our own sentences under both state packs, for the policy tables (tests/policy/*.test.ts). */
import { expect, it } from 'vitest';
import type { ContactType, NoteVerdict } from '../../lib/model';
import type { PackId } from '../../lib/packs';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

export const verdict = (text: string, pack: PackId) => checkNote({ text, contactType: null, hasDateField: true }, { pack: PACKS[pack], today: '2026-12-01' });
export const PACK_IDS = ['mo-dwd-toolbox', 'mn-wf1'] as const;

/** Runs `expectations` on the verdict of `text` in each pack (name the pack in their messages). */
export const inEachPack = (text: string, expectations: (v: NoteVerdict, pack: PackId) => void) => {
  for (const pack of PACK_IDS) expectations(verdict(text, pack), pack);
};

/** Each row counts in both packs, with the contact type given. */
export const counts = (rows: ReadonlyArray<readonly [string, string]>) =>
  it.each(rows)('%s', (text, type) =>
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(true);
      expect(v.contactType, pack).toBe(type);
    }),
  );

/** Each row names its contact type in both packs (whether or not it counts), so "state the contact type" is not asked. */
export const typed = (rows: ReadonlyArray<readonly [string, string]>) =>
  it.each(rows)('%s', (text, type) =>
    inEachPack(text, (v, pack) => {
      expect(v.contactType, pack).toBe(type);
      expect(
        v.findings.map((f) => f.rule),
        pack,
      ).not.toContain('contact-type-missing');
    }),
  );

/** No row counts in either pack. */
export const doesNotCount = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) => inEachPack(text, (v, pack) => expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(false)));

/** No row counts in either pack, and each names its contact type, so "state the contact type" is not asked. */
export const refusedTyped = (rows: ReadonlyArray<readonly [string, ContactType]>) =>
  it.each(rows)('%s', (text, type) =>
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
      expect(v.contactType, pack).toBe(type);
      expect(v.findings.map((f) => f.rule), pack).not.toContain('contact-type-missing');
    }),
  );

/** No row counts in either pack, and none names how a contact was made: the type stays unknown and the rule asks. */
export const refusedUntyped = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) =>
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
      expect(v.contactType, pack).toBe(null);
      expect(v.findings.map((f) => f.rule), pack).toContain('contact-type-missing');
    }),
  );
