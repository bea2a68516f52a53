// @vitest-environment node
/** The CLI's output helpers: masking what the pii-in-note rule finds, escaping controls, and escaping for JSON and HTML. */
import { describe, expect, it } from 'vitest';
import { escapeControls, htmlText, jsonSafe, masker, maskPii, maskQuoted } from '../../lib/cli/safe';
import { PACKS } from '../../lib/packs';
import { extendPack } from '../../lib/policy/schema';
import { checkNote } from '../../lib/rules';

describe('maskPii', () => {
  it.each([
    ['SSN 123-45-6789, attending', 'SSN ***-**-6789, attending'],
    ['123 45 6789', '*** ** 6789'],
    ['ss# 123456789', 'ss# *****6789'],
    ['DOB 01/02/1980, TC w/ cust', 'DOB **/**/****, TC w/ cust'],
    ['cust born on 3/4/79', 'cust born on */*/**'],
    ['confirmed 01/02/1980 (her DOB) for the application', 'confirmed **/**/**** (her DOB) for the application'],
    ['fill in [[dob 1/2/80]] here', 'fill in [[dob */*/**]] here'],
    ['Name: [Ana Ruiz, date of birth 3/4/1979]', 'Name: [Ana Ruiz, date of birth */*/****]'],
  ])('%j → %j', (input, masked) => {
    expect(maskPii(input)).toBe(masked);
    expect(maskPii(input)).toHaveLength(input.length); // spans found in the original still fit
  });

  it.each(['P100', 'n123456', 'TC on 03/03/2025, next TC 4/3', '12345678', 'case 123-456-7890'])('leaves %j alone', (s) => {
    expect(maskPii(s)).toBe(s);
  });
});

describe("maskQuoted: what a verdict's reason quotes from a note", () => {
  const note = 'DOB 1/2/80. TC w/ cust re SSN 123-45-6789, no answer.';
  it.each([
    // The date alone has no "DOB" beside it for the detector: it is masked because the note's DOB is.
    ['1/2/80', '*/*/**'],
    // A quote cut short mid-number (the last four digits are kept, as everywhere).
    ['still has a blank ("SSN 123-45-67…")', 'still has a blank ("SSN ***-**-67…")'],
    ['"no answer" is an attempt', '"no answer" is an attempt'],
  ])('%j → %j', (quoted, masked) => {
    expect(maskQuoted(quoted, note)).toBe(masked);
  });

  it('leaves a sentence alone when the note has nothing to mask', () => {
    expect(maskQuoted('Counts: a two-way telephone contact ("TC on 3/3")', 'TC on 3/3 w/ cust, 123 Main St')).toBe('Counts: a two-way telephone contact ("TC on 3/3")');
  });
});

describe("masking with a pack's own phrases: what the rule flags under that pack", () => {
  // An agency's pack that reads a bare "born" before a date as a birth date.
  const pack = extendPack(PACKS['mo-dwd-toolbox'], { phrases: { 'pii:dob': ['born'] } });
  const note = 'TC w/ client, born 3/4/1979, attending CNA class.';

  it('masks the birth date the pack names, where the built-in words do not', () => {
    const flagged = checkNote({ text: note }, { pack, today: '2025-06-01' }).findings.filter((f) => f.rule === 'pii-in-note');
    expect(flagged).toHaveLength(1);
    expect(maskPii(note)).toBe(note);
    expect(maskPii(note, pack.phrases)).toBe('TC w/ client, born */*/****, attending CNA class.');
    expect(masker({ showPii: false, phrases: pack.phrases })(note)).toBe('TC w/ client, born */*/****, attending CNA class.');
    expect(maskQuoted('"born 3/4/1979"', note, pack.phrases)).toBe('"born */*/****"');
    expect(masker({ showPii: true, phrases: pack.phrases })(note)).toBe(note);
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
