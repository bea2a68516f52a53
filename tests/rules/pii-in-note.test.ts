import { ruleTester } from './rule-tester';

ruleTester('pii-in-note', {
  valid: [
    'TC w/ cust at 573-751-0236, attending.',
    'Cust ID 123456789 updated.',
    'Cust passed module 12-45; 6789 hours?',
    'Completed 1234-56-7890 form',
    'DOB verified from ID.',
    // A date near a birth label that is not the birth date: the label is about something else.
    'Met cust 04/12/2026. DOB verified from ID.',
    // A blank asking for a date, with no birth label in it.
    'TC w/ cust on [[date 4/2]] re: classes',
  ],
  invalid: [
    {
      text: 'OV w/ cust, SSN 123-45-6789 verified.',
      errors: [{ severity: 'error', span: '123-45-6789', fix: null }],
    },
    {
      text: 'ss# 123456789 corrected',
      errors: [{ severity: 'error', span: 'ss# 123456789', fix: null }],
    },
    {
      text: 'Social security number 123456789 on file',
      errors: [{ severity: 'error', span: 'Social security number 123456789', fix: null }],
    },
    {
      text: 'cust 123 45 6789',
      errors: [{ severity: 'error', span: '123 45 6789', fix: null }],
    },
    {
      text: 'TC w/ cust DOB 04/12/1990 to confirm',
      errors: [{ message: 'Remove the date of birth from the note; it belongs only in the protected part of the record.', severity: 'error', span: 'DOB 04/12/1990', fix: null }],
    },
    {
      text: 'date of birth: 7/4/01',
      pack: 'mn-wf1',
      errors: [{ message: 'Remove the date of birth from the note; it belongs only in the protected part of the record.', severity: 'error', span: 'date of birth: 7/4/01', fix: null }],
    },
    {
      // The label after the date, in brackets, as people also write it.
      text: 'TC w/ cust, confirmed 01/02/1980 (her DOB) for the application',
      errors: [{ message: 'Remove the date of birth from the note; it belongs only in the protected part of the record.', severity: 'error', span: '01/02/1980 (her DOB', fix: null }],
    },
    {
      // Typed into a template's blank: the blank hides it from the reader, not from the rule.
      text: 'TC w/ cust [[DOB 1/2/80]] attending',
      errors: [{ message: 'Remove the date of birth from the note; it belongs only in the protected part of the record.', severity: 'error', span: 'DOB 1/2/80', fix: null }],
    },
    {
      text: 'TC w/ cust, DOB: 1/2/80, attending',
      errors: [{ message: 'Remove the date of birth from the note; it belongs only in the protected part of the record.', severity: 'error', span: 'DOB: 1/2/80', fix: null }],
    },
  ],
});
