import { ruleTester } from './rule-tester';

ruleTester('mn-record-review', {
  pack: 'mn-wf1',
  valid: [
    'TC w/ client 2/2, attending classes. Reviewed ISS.',
    'Met with client, passed GED math. Enrollments reviewed in WF1.',
    'Called client, no answer.',
    { text: 'TC w/ cust, attending.', pack: 'mo-dwd-toolbox' },
  ],
  invalid: [
    {
      text: 'TC w/ client 2/2, attending classes, grades B.',
      errors: [{ severity: 'info', span: null, fix: { kind: 'use-template', templateId: 'mn-monthly' } }],
    },
    {
      text: 'Met with client 3/3, passed GED math.',
      errors: [{ severity: 'info', span: null, fix: { kind: 'use-template', templateId: 'mn-monthly' } }],
    },
  ],
});
