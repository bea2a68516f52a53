import { ruleTable } from './table';

const noField = { hasDateField: false };
ruleTable('contact-date-missing', {
  pack: 'mn-wf1',
  flags: [
    { text: 'Met with client in office. Client passed forklift test.', note: noField, severity: 'warning' },
    { text: 'TC w/ client, attending.', note: noField },
    { text: 'TC w/ cust, attending.', note: noField, pack: 'mo-dwd-toolbox', severity: 'info' },
  ],
  doesNotFlag: [
    { text: 'Met with client 3/4/25 in office.', note: noField },
    { text: 'TC 2025-03-04 w/ client.', note: noField },
    { text: 'Met with client today, attending.', note: noField },
    { text: 'Met with client on March 4, attending.', note: noField },
    { text: 'TC w/ client, attending.', note: { hasDateField: true } },
    { text: 'TC w/ client, attending.', note: { hasDateField: true, contactDate: '2025-03-04' } },
  ],
});
