import { ruleTester } from './rule-tester';

const field = (contactDateText: string, contactDate: string | null = null) => ({ hasDateField: true, contactDateText, contactDate });
ruleTester('contact-date-invalid', {
  pack: 'mo-dwd-toolbox',
  valid: [
    { text: 'Met with customer in office; attending.', note: field('05/30/2025', '2025-05-30') },
    { text: 'Met with customer in office; attending.', note: field('06/01/2025', '2025-06-01') },
    // A blank field is the page's own business; no field at all is contact-date-missing's.
    { text: 'Met with customer in office; attending.', note: field('   ') },
    { text: 'Met with customer in office; attending.', note: { hasDateField: false } },
  ],
  invalid: [
    {
      text: 'Met with customer in office; attending.',
      note: field('02/30/2025'),
      errors: [{ severity: 'warning', message: 'The contact date "02/30/2025" is not a real date. Enter it as MM/DD/YYYY.', span: null, fix: null }],
    },
    {
      text: 'Met with customer in office; attending.',
      note: field('01/05/0025'),
      errors: [{ severity: 'warning', message: 'The contact date "01/05/0025" is not a real date. Enter it as MM/DD/YYYY.', span: null, fix: null }],
    },
    {
      text: 'Met with customer in office; attending.',
      note: field('12/25/2030', '2030-12-25'),
      errors: [{ severity: 'warning', message: 'The contact date 12/25/2030 is after today (06/01/2025); check the year.', span: null, fix: null }],
    },
    {
      text: 'TC w/ client, attending.',
      note: field('13/01/2025'),
      pack: 'mn-wf1',
      errors: [{ severity: 'warning', message: 'The contact date "13/01/2025" is not a real date. Enter it as MM/DD/YYYY.', span: null, fix: null }],
    },
  ],
});
