import { ruleTable } from './table';

ruleTable('mn-supporting-docs', {
  pack: 'mn-wf1',
  flags: [
    { text: 'TC w/ client, midterm grades A and B.', span: 'midterm grades', severity: 'info' },
    { text: 'OV: attendance 100% for Feb.', span: 'attendance' },
  ],
  doesNotFlag: [
    'TC w/ client, midterm grades A and B, copy placed in file.',
    'Client came in with school schedule; schedule scanned into WF1.',
    'TC w/ client, attending, passed quiz.',
    { text: 'TC w/ cust, grades A.', pack: 'mo-dwd-toolbox' },
  ],
});
