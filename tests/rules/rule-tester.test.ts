/** The rule tester itself: it runs one rule alone, and a table row that misstates a finding fails. */
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../lib/rules';
import { PACKS } from '../../lib/packs';
import { expectFindings, runRule, TODAY } from './rule-tester';

const text = 'TC to cust - LM. SSN 123-45-6789.';

describe('the rule tester', () => {
  it('runs one rule alone: the other rules a note trips stay silent', () => {
    const all = checkNote({ text, hasDateField: true }, { pack: PACKS['mo-dwd-toolbox'], today: TODAY }).findings.map((f) => f.rule);
    expect(all).toEqual(expect.arrayContaining(['pii-in-note', 'unsuccessful-attempt']));
    expect(runRule('pii-in-note', { text }).map((f) => f.rule)).toEqual(['pii-in-note']);
  });

  it('keeps a rule off where the pack switches it off', () => {
    expect(runRule('justification-missing', { text: 'TC w/ cust, attending, grade B.' }, 'mn-wf1')).toEqual([]);
  });

  it('passes a row that states the finding exactly', () => {
    expect(() => expectFindings('pii-in-note', { text, errors: [{ severity: 'error', span: '123-45-6789', fix: null }] })).not.toThrow();
  });

  it.each([
    ['the span', { span: 'SSN 123-45-6789', fix: null }],
    ['the fix', { span: '123-45-6789', fix: { kind: 'use-template' as const, templateId: 'attempt' } }],
    ['the message', { message: 'Remove the date of birth.', span: '123-45-6789', fix: null }],
  ])('fails a row that misstates %s', (_what, error) => {
    expect(() => expectFindings('pii-in-note', { text, errors: [error] })).toThrow();
  });

  it('fails a row that expects fewer findings than the rule gives', () => {
    expect(() => expectFindings('pii-in-note', { text: `${text} DOB 01/02/1980.`, errors: [{ span: '123-45-6789', fix: null }] })).toThrow();
  });
});
