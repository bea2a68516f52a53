import { ruleTester } from './rule-tester';

const noField = { hasDateField: false };
ruleTester('contact-date-missing', {
  pack: 'mn-wf1',
  valid: [
    { text: 'Met with client 3/4/25 in office.', note: noField },
    { text: 'TC 2025-03-04 w/ client.', note: noField },
    { text: 'Met with client today, attending.', note: noField },
    { text: 'Met with client on March 4, attending.', note: noField },
    { text: 'TC w/ client, attending.', note: { hasDateField: true } },
    { text: 'TC w/ client, attending.', note: { hasDateField: true, contactDate: '2025-03-04' } },
  ],
  invalid: [
    {
      text: 'Met with client in office. Client passed forklift test.',
      note: noField,
      errors: [{ severity: 'warning', span: null, fix: { kind: 'insert-text', at: 0, text: '06/01/2025 ' }, output: '06/01/2025 Met with client in office. Client passed forklift test.' }],
    },
    {
      text: 'TC w/ client, attending.',
      note: noField,
      errors: [{ severity: 'warning', span: null, fix: { kind: 'insert-text', at: 0, text: '06/01/2025 ' }, output: '06/01/2025 TC w/ client, attending.' }],
    },
    // The form's date left blank: other dates in the note (a class start) are not the contact's.
    {
      text: 'Contact Date: [date]\nResults: Client came in, completed the TABE and signed ITA paperwork, class starts 4/7.',
      note: noField,
      errors: [{ severity: 'warning', span: null, fix: { kind: 'insert-text', at: 0, text: '06/01/2025 ' }, output: '06/01/2025 Contact Date: [date]\nResults: Client came in, completed the TABE and signed ITA paperwork, class starts 4/7.' }],
    },
    {
      text: 'TC w/ cust, attending.',
      note: noField,
      pack: 'mo-dwd-toolbox',
      errors: [{ severity: 'info', span: null, fix: { kind: 'insert-text', at: 0, text: '06/01/2025 ' }, output: '06/01/2025 TC w/ cust, attending.' }],
    },
  ],
});
