/** A whole verdict on one note, for the rule tests that look beyond one rule's findings (the tables use rule-tester.ts). */
import type { CaseNoteInput } from '../../lib/model';
import type { PackId } from '../../lib/packs';
import { PACKS } from '../../lib/packs';
import type { PolicyPack } from '../../lib/policy/schema';
import { checkNote } from '../../lib/rules';
import { TODAY } from './rule-tester';

export interface Case {
  text: string;
  note?: Omit<CaseNoteInput, 'text'>;
  pack?: PackId | PolicyPack;
}

export function verdictFor(c: Case, defaultPack: PackId) {
  const p = c.pack ?? defaultPack;
  const pack = typeof p === 'string' ? PACKS[p] : p;
  return checkNote({ hasDateField: true, ...c.note, text: c.text }, { pack, today: TODAY });
}
