// @vitest-environment node
/** What `cli audit` prints for a note (lib/cli/audit/format.ts): the stable JSON line, the CSV row, the report's table row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRow, htmlRow, jsonLine } from '../../../lib/cli/audit/format';
import { jsonSafe } from '../../../lib/cli/safe';
import type { NoteVerdict } from '../../../lib/model';

describe('jsonLine', () => {
  const verdict: NoteVerdict = { contactType: 'telephone', party: 'participant', qualifies: false, findings: [] };
  it('is exactly the public keys, in order', () => {
    expect(Object.keys(JSON.parse(jsonLine('n1', verdict)) as object)).toEqual(['id', 'contactType', 'party', 'qualifies', 'findings']);
  });
  it("carries the verdict's reason through when the rules give one", () => {
    const reason = { message: 'This note does not show that you reached the participant: "no answer" is an attempt.', outcome: 'attempt' as const, channel: 'phone' as const, start: 8, end: 17 };
    const line = JSON.parse(jsonLine('n1', { ...verdict, reason })) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['id', 'contactType', 'party', 'qualifies', 'reason', 'findings']);
    expect(line.reason).toEqual(reason);
  });

  it('is the line JSON.stringify writes for the same object, with controls escaped', () => {
    // jsonLine writes its text by hand (one object fewer per note and finding); it must stay byte for byte the same.
    const text = fc.string({ unit: 'binary' });
    const finding = fc.record(
      { rule: text, severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const), message: text, cite: text, start: fc.nat(), end: fc.nat() },
      { requiredKeys: ['rule', 'severity', 'message'] },
    );
    const reason = fc.record(
      { message: text, outcome: fc.constantFrom('connected' as const, 'attempt' as const), channel: fc.constantFrom('phone' as const, null), start: fc.nat(), end: fc.nat() },
      { requiredKeys: ['message', 'outcome', 'channel'] },
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('telephone' as const, 'letter' as const, null),
        fc.constantFrom('participant' as const, 'provider' as const, null),
        fc.boolean(),
        fc.option(reason, { nil: undefined }),
        fc.array(finding, { maxLength: 4 }),
        (id, contactType, party, qualifies, why, findings) => {
          const v: NoteVerdict = { contactType, party, qualifies, findings };
          if (why) v.reason = why;
          const expected: Record<string, unknown> = { id, contactType, party, qualifies };
          if (why) expected.reason = why;
          expected.findings = findings.map(({ rule, severity, message, start, end }) => ({ rule, severity, message, start, end }));
          expect(jsonLine(id, v)).toBe(`${jsonSafe(JSON.stringify(expected))}\n`);
        },
      ),
    );
  });
});

describe('csvRow', () => {
  it('counts findings by severity and shows control characters as escapes', () => {
    const v: NoteVerdict = {
      contactType: 'telephone',
      party: null,
      qualifies: false,
      findings: [
        { rule: 'unsuccessful-attempt', severity: 'error', message: 'An attempt.' },
        { rule: 'progress-missing', severity: 'warning', message: 'No progress.' },
        { rule: 'pii-in-note', severity: 'error', message: 'SSN.' },
      ],
    };
    expect(csvRow('n\u001b1', 'P1', v)).toEqual([
      'n\\x1b1', 'P1', 'telephone', '', 'no', '', '2', '1', '0',
      'unsuccessful-attempt:error; progress-missing:warning; pii-in-note:error', 'An attempt. | No progress. | SSN.',
    ]);
  });

  it("puts the reason's sentence after qualifies, escaped like every cell", () => {
    const reason = { message: 'Does not count: "LM\u001b[2J" is an attempt.', outcome: 'attempt' as const, channel: 'phone' as const };
    const row = csvRow('n1', 'P1', { contactType: 'telephone', party: 'participant', qualifies: false, reason, findings: [] });
    expect(row.slice(4, 6)).toEqual(['no', 'Does not count: "LM\\x1b[2J" is an attempt.']);
  });
});

describe('htmlRow', () => {
  it("marks each finding's span in the escaped note", () => {
    const v: NoteVerdict = { contactType: null, party: null, qualifies: false, findings: [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'An attempt.', start: 7, end: 9 }] };
    const row = htmlRow('<n1>', 'P1', 'Called <b> NA.', v);
    expect(row).toContain('<th scope="row">&lt;n1&gt;</th>');
    expect(row).toContain('Called <mark title="unsuccessful-attempt">&lt;b</mark>&gt; NA.');
    expect(row).toContain('<code>unsuccessful-attempt</code>');
  });
});
