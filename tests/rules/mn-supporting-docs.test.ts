import { ruleTester } from './rule-tester';

ruleTester('mn-supporting-docs', {
  pack: 'mn-wf1',
  valid: [
    'TC w/ client, midterm grades A and B, copy placed in file.',
    'Client came in with school schedule; schedule scanned into WF1.',
    'TC w/ client, attending, passed quiz.',
    { text: 'TC w/ cust, grades A.', pack: 'mo-dwd-toolbox' },
  ],
  invalid: [
    {
      text: 'TC w/ client, midterm grades A and B.',
      errors: [{ severity: 'info', span: 'midterm grades', fix: null }],
    },
    {
      text: 'OV: attendance 100% for Feb.',
      errors: [{ severity: 'info', span: 'attendance', fix: null }],
    },
  ],
});
