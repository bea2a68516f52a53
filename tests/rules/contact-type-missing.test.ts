import { ruleTable } from './table';

ruleTable('contact-type-missing', {
  flags: [
    'Cust reports attending classes and grades are good. Continue ITA.',
    'Discussed progress with cust. On track to complete in May.',
    { text: 'Client attending, grades good.', pack: 'mn-wf1' },
    { text: 'Will call cust next week to check on progress.' },
    '',
  ],
  doesNotFlag: [
    'TC w/ cust, attending classes, cont ITA.',
    'OV - cust passed module 3.',
    'Emailed cust re: grades, cust replied attending.',
    { text: 'Cust reports attending classes, grades B. Continue ITA.', note: { contactType: 'telephone' } },
    'met w/ cust at the office',
    'LM for cust.',
  ],
});
