import { ruleTable } from './table';

ruleTable('not-substantive', {
  flags: [
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
