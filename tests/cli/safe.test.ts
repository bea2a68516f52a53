// @vitest-environment node
/** The CLI's output helpers: masking what the pii-in-note rule finds, escaping controls, and the stable JSON line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLine } from '../../lib/cli/audit/check';
import { escapeControls, htmlText, jsonSafe, maskPii } from '../../lib/cli/safe';
import type { NoteVerdict } from '../../lib/model';

describe('maskPii', () => {
  it.each([
    ['SSN 123-45-6789, attending', 'SSN ***-**-6789, attending'],
    ['123 45 6789', '*** ** 6789'],
    ['ss# 123456789', 'ss# *****6789'],
    ['DOB 01/02/1980, TC w/ cust', 'DOB **/**/****, TC w/ cust'],
    ['cust born on 3/4/79', 'cust born on */*/**'],
  ])('%j → %j', (input, masked) => {
    expect(maskPii(input)).toBe(masked);
    expect(maskPii(input)).toHaveLength(input.length); // spans found in the original still fit
  });

  it.each(['P100', 'n123456', 'TC on 03/03/2025, next TC 4/3', '12345678', 'case 123-456-7890'])('leaves %j alone', (s) => {
    expect(maskPii(s)).toBe(s);
  });
});

describe('escaping', () => {
  it('shows C0, C1, DEL and bidi controls as escapes', () => {
    expect(escapeControls('a\u001b[2Jb\u009b31m\u007f\u202eX\n')).toBe('a\\x1b[2Jb\\x9b31m\\x7f\\u202eX\\n');
    expect(escapeControls('line 1\nline 2\t', true)).toBe('line 1\nline 2\\t');
  });

  it('keeps JSON valid and equal while escaping what JSON.stringify leaves raw', () => {
    const value = { id: 'a\u009b\u202e\u001bz' };
    const json = jsonSafe(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('HTML: markup and controls both escaped', () => {
    expect(htmlText('<b>\u001b</b>')).toBe('&lt;b&gt;\\x1b&lt;/b&gt;');
  });
});

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
