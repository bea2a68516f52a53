import { ruleTable } from './table';

ruleTable('mn-record-review', {
  pack: 'mn-wf1',
  flags: [{ text: 'TC w/ client 2/2, attending classes, grades B.', severity: 'info' }, 'Met with client 3/3, passed GED math.'],
  doesNotFlag: [
    'TC w/ client 2/2, attending classes. Reviewed ISS.',
    'Met with client, passed GED math. Enrollments reviewed in WF1.',
    'Called client, no answer.',
    { text: 'TC w/ cust, attending.', pack: 'mo-dwd-toolbox' },
  ],
});
