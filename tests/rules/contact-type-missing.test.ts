import { ruleTester } from './rule-tester';

ruleTester('contact-type-missing', {
  valid: [
    'TC w/ cust, attending classes, cont ITA.',
    'OV - cust passed module 3.',
    'Emailed cust re: grades, cust replied attending.',
    { text: 'Cust reports attending classes, grades B. Continue ITA.', note: { contactType: 'telephone' } },
    'met w/ cust at the office',
    'LM for cust.',
  ],
  invalid: [
    {
      text: 'Cust reports attending classes and grades are good. Continue ITA.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'Discussed progress with cust. On track to complete in May.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'Client attending, grades good.',
      pack: 'mn-wf1',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'mn-monthly' } }],
    },
    {
      text: 'Will call cust next week to check on progress.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: '',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
  ],
});
