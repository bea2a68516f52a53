/** Scoring a labelled split: accuracy of the verdict fields, per-rule precision/recall, per-style accuracy. */
import type { NoteVerdict } from '../../lib/model';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { LabelledNote } from './types';

/** A day after every corpus note's own dates: the notes record contacts that have happened (a later date would not count). */
export const TODAY = '2030-01-01';

/** Rules labelled in the corpus: those that report at error or warning severity somewhere. */
export const SCORED_RULES = [
  'contact-type-missing',
  'unsuccessful-attempt',
  'response-pending',
  'third-party-insufficient',
  'progress-missing',
  'justification-missing',
  'not-substantive',
  'pii-in-note',
  'contact-date-missing',
] as const;

export interface StyledNote extends LabelledNote {
  style: string;
}
export interface Result {
  n: StyledNote;
  v: NoteVerdict;
}

export function verdictOf(n: LabelledNote, text = n.text): NoteVerdict {
  return checkNote({ text, contactType: n.field, hasDateField: n.hasDateField }, { pack: PACKS[n.pack], today: TODAY });
}

export const flagged = (v: NoteVerdict) => new Set(v.findings.filter((f) => f.severity !== 'info').map((f) => f.rule));

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Ids of the notes it got wrong, "+id" a false alarm, "-id" a miss (printed for the dev split only). */
  wrong: string[];
}

export interface SplitScore {
  notes: number;
  qualifies: number;
  contactType: number;
  party: number;
  /** Of the notes labelled "does not qualify", the share the checker counted as a contact. */
  falseQualify: number;
  nonContacts: number;
  /** Of the notes labelled "qualifies", the share the checker did not count. */
  missedContacts: number;
  rules: RuleScore[];
  styles: Array<{ style: string; notes: number; qualifies: number; contactType: number; falseQualify: number }>;
}

const share = (xs: Result[], f: (r: Result) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);

export function score(results: Result[]): SplitScore {
  const non = results.filter((r) => !r.n.expect.qualifies);
  const real = results.filter((r) => r.n.expect.qualifies);
  const rules = SCORED_RULES.map((rule): RuleScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const { n, v } of results) {
      const got = flagged(v).has(rule);
      const want = n.expect.rules.includes(rule);
      if (got && want) tp++;
      else if (got) {
        fp++;
        wrong.push(`+${n.id}`);
      } else if (want) {
        fn++;
        wrong.push(`-${n.id}`);
      }
    }
    return { rule, tp, fp, fn, wrong, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
  const styles = [...new Set(results.map((r) => r.n.style))].sort().map((style) => {
    const rs = results.filter((r) => r.n.style === style);
    return {
      style,
      notes: rs.length,
      qualifies: share(rs, ({ n, v }) => v.qualifies === n.expect.qualifies),
      contactType: share(rs, ({ n, v }) => v.contactType === n.expect.contactType),
      falseQualify: share(
        rs.filter((r) => !r.n.expect.qualifies),
        ({ v }) => v.qualifies,
      ),
    };
  });
  return {
    notes: results.length,
    qualifies: share(results, ({ n, v }) => v.qualifies === n.expect.qualifies),
    contactType: share(results, ({ n, v }) => v.contactType === n.expect.contactType),
    party: share(results, ({ n, v }) => v.party === n.expect.party),
    falseQualify: share(non, ({ v }) => v.qualifies),
    nonContacts: non.length,
    missedContacts: share(real, ({ v }) => !v.qualifies),
    rules,
    styles,
  };
}

const pct = (x: number) => x.toFixed(3);

/** The aggregate report: per split, per style and per rule. Never a note's text. */
export function report(name: string, s: SplitScore): string {
  const lines = [
    `── ${name}: ${s.notes} notes ──`,
    `qualifies ${pct(s.qualifies)}  non-contacts counted as contacts ${pct(s.falseQualify)} (of ${s.nonContacts})  contacts missed ${pct(s.missedContacts)}  contact type ${pct(s.contactType)}  party ${pct(s.party)}`,
    'style                      notes  qualifies  type   false-qualify',
    ...s.styles.map((t) => `${t.style.padEnd(26)} ${String(t.notes).padStart(5)}  ${pct(t.qualifies)}      ${pct(t.contactType)}  ${pct(t.falseQualify)}`),
    'rule                       P     R     (tp/fp/fn)',
    ...s.rules.map((r) => `${r.rule.padEnd(26)} ${r.precision.toFixed(2)}  ${r.recall.toFixed(2)}  (${r.tp}/${r.fp}/${r.fn})`),
  ];
  return lines.join('\n');
}
