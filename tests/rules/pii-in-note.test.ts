import { ruleTable } from './table';

ruleTable('pii-in-note', {
  flags: [
    { text: 'OV w/ cust, SSN 123-45-6789 verified.', span: '123-45-6789', severity: 'error' },
    { text: 'ss# 123456789 corrected', span: 'ss# 123456789' },
    { text: 'Social security number 123456789 on file', span: 'Social security number 123456789' },
    { text: 'cust 123 45 6789', span: '123 45 6789' },
    { text: 'TC w/ cust DOB 04/12/1990 to confirm', span: 'DOB 04/12/1990' },
    { text: 'date of birth: 7/4/01', span: 'date of birth: 7/4/01', pack: 'mn-wf1' },
  ],
  doesNotFlag: [
    'TC w/ cust at 573-751-0236, attending.',
    'Cust ID 123456789 updated.',
    'Cust passed module 12-45; 6789 hours?',
    'Completed 1234-56-7890 form',
    'DOB verified from ID.',
  ],
});
