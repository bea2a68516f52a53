import { ruleTester } from './rule-tester';

ruleTester('next-step-missing', {
  valid: [
    'TC w/ cust, attending, grade B. Will verify attendance at next contact.',
    'OV w/ cust, attending, grade B. Interview set for 4/2.',
    'TC w/ cust, attending, grade B. FU 4/3.',
    'OV w/ cust, attending, grade B. Next visit in two weeks.',
    'TC w/ cust, attending, cont ITA. Next TC 30 days.',
    'OV, passed module, will follow up after exam.',
    'TC w/ cust, attending. F/U 4/1.',
    'Called cust, no answer.',
  ],
  invalid: [
    {
      text: 'TC w/ cust, attending, cont ITA.',
      errors: [{ severity: 'info', span: null, fix: null }],
    },
    {
      text: 'Met with client, passed test.',
      pack: 'mn-wf1',
      errors: [{ severity: 'info', span: null, fix: null }],
    },
  ],
});
