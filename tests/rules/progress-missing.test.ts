import { ruleTable } from './table';

ruleTable('progress-missing', {
  flags: [
    { text: 'Met with cust in office. Discussed her childcare situation. Will continue services.', severity: 'error' },
    'TC w/ cust, touched base, cont ITA.',
    { text: 'TC w/ client 3/3 re: bus card.', pack: 'mn-wf1', severity: 'warning' },
    'OV. Provided bus pass for April. Continue services.',
  ],
  doesNotFlag: [
    'TC w/ cust, attending classes, cont ITA.',
    'TC w/ cust. No progress to report this month, on break. Continue ITA.',
    'TC w/ cust: did not attend class last week due to illness.',
    'OV - 96% attendance. Continue ITA.',
    'Called cust, no answer.',
    'Sent email to cust re: grades.',
  ],
});
