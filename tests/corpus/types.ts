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

/** The two packs the corpus is labelled against, short so a row stays one line. */
export const MO = 'mo-dwd-toolbox' satisfies PackId;
export const MN = 'mn-wf1' satisfies PackId;

/** Rule ids a row expects, by short name (the rules' own ids, in lib/rules/). */
export const PM = 'progress-missing';
export const JM = 'justification-missing';
export const NS = 'not-substantive';
export const UA = 'unsuccessful-attempt';
export const RP = 'response-pending';
export const TP = 'third-party-insufficient';
export const CT = 'contact-type-missing';
export const DM = 'contact-date-missing';
export const PII = 'pii-in-note';

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

/** {@link note} with the pack given once, for a file whose notes are all one pack's. */
export const forPack =
  (pack: PackId) =>
  (...rest: Parameters<typeof note> extends [PackId, ...infer R] ? R : never): LabelledNote =>
    note(pack, ...rest);
