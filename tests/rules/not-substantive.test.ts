import { ruleTable } from './table';

ruleTable('not-substantive', {
  flags: [
    // Thin whatever the contact type: a one-line check-in, a pointer to another note, an unfilled template.
    'Checked in.',
    'See note dated 3/4.',
    { text: 'TC w/ [participant name] on [date]. Discussed [progress].', span: '[participant name]' },
    { text: 'TC w/ cust. Touched base.', span: 'Touched base', severity: 'warning' },
    'OV. No change.',
    'Monthly contact made by phone, cust doing ok.',
    'Phone call with cust. Attending.',
    { text: 'Client came in 2/14. Discussed resume.', pack: 'mn-wf1' },
  ],
  doesNotFlag: [
    'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.',
    'LM for cust.',
    'OV w/ cust, no issues: attending daily, passed module 4, grades A/B, continue ITA.',
  ],
});
