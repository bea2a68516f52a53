import { ruleTester } from './rule-tester';

ruleTester('not-substantive', {
  valid: [
    'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.',
    'LM for cust.',
    'OV w/ cust, no issues: attending daily, passed module 4, grades A/B, continue ITA.',
  ],
  invalid: [
    // Thin whatever the contact type: a one-line check-in, a pointer to another note, an unfilled template.
    {
      text: 'Checked in.',
      errors: [{ severity: 'warning', span: 'Checked in', fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'See note dated 3/4.',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'TC w/ [participant name] on [date]. Discussed [progress].',
      errors: [{ message: 'Fill in the template blanks: the note does not yet say what happened.', severity: 'warning', span: '[participant name]', fix: null }],
    },
    // Our own templates leave [[double-bracketed]] blanks: the whole blank is underlined, and "Show in note" selects all of it,
    // so typing over it leaves no stray bracket.
    {
      text: 'Met w/ cust in person. Next step: [[next step and when]] then done.',
      errors: [{ message: 'Fill in the template blanks: the note does not yet say what happened.', severity: 'warning', span: '[[next step and when]]', fix: null }],
    },
    {
      text: 'TC w/ cust. Touched base.',
      errors: [{ severity: 'warning', span: 'Touched base', fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'OV. No change.',
      errors: [{ severity: 'warning', span: 'No change', fix: { kind: 'use-template', templateId: 'in-person' } }],
    },
    {
      text: 'Monthly contact made by phone, cust doing ok.',
      errors: [{ severity: 'warning', span: 'Monthly contact', fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'Phone call with cust. Attending.',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'Client came in 2/14. Discussed resume.',
      pack: 'mn-wf1',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'mn-monthly' } }],
    },
  ],
});
