/** The corpus as an export the CLI can read, and the line the CLI must print for each note (the library's verdict). */
import type { NoteVerdict } from '../../lib/model';
import type { LabelledNote } from '../corpus/types';

export interface ExportRow {
  id: string;
  participant_id: string;
  date: string;
  contact_type: string;
  text: string;
}

/** Every other note dated (5/20/2025), so both the dated and the undated path are read. */
export const DATE_US = '05/20/2025';
export const DATE_ISO = '2025-05-20';

export const corpusRows = (notes: readonly LabelledNote[]): ExportRow[] =>
  notes.map((n, i) => ({ id: n.id, participant_id: `P${i % 97}`, date: i % 2 ? DATE_US : '', contact_type: n.field ?? '', text: n.text }));

/** The public JSON line's value for a verdict: cite is not part of it. */
export const expectedLine = (id: string, v: NoteVerdict) => ({
  id,
  contactType: v.contactType,
  party: v.party,
  qualifies: v.qualifies,
  ...(v.reason === undefined ? {} : { reason: v.reason }),
  findings: v.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, ...(f.start === undefined ? {} : { start: f.start }), ...(f.end === undefined ? {} : { end: f.end }) })),
});
