/** A labelled case note for the quality test. Labels were written from the policy, before tuning the code. */
import type { ContactType, Party } from '../../lib/model';
import type { PackId } from '../../lib/packs';

export interface LabelledNote {
  id: string;
  pack: PackId;
  text: string;
  /** The page's contact-type drop-down, when the note came with one. */
  field: ContactType | null;
  /** Whether the page had a structured date field (most systems do). */
  hasDateField: boolean;
  expect: {
    contactType: ContactType | null;
    party: Party | null;
    qualifies: boolean;
    /** Rule ids expected at error or warning severity (info findings are not labelled). */
    rules: string[];
  };
}

const TYPE = { I: 'in-person', T: 'telephone', L: 'letter', E: 'email' } as const;
const PARTY = { P: 'participant', V: 'provider', A: 'alternate', O: 'other' } as const;

/** Compact row builder: type and party by letter (I/T/L/E, P/V/A/O), '-' for none. */
export function note(
  pack: PackId,
  id: string,
  text: string,
  type: keyof typeof TYPE | '-',
  party: keyof typeof PARTY | '-',
  qualifies: boolean,
  rules: string[] = [],
  opts: { field?: keyof typeof TYPE; noDateField?: boolean } = {},
): LabelledNote {
  return {
    id,
    pack,
    text,
    field: opts.field ? TYPE[opts.field] : null,
    hasDateField: !opts.noDateField,
    expect: { contactType: type === '-' ? null : TYPE[type], party: party === '-' ? null : PARTY[party], qualifies, rules },
  };
}
