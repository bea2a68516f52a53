import { ruleTester } from './rule-tester';

const field = (contactDateText: string, contactDate: string | null = null) => ({ hasDateField: true, contactDateText, contactDate });
ruleTester('contact-date-invalid', {
  pack: 'mo-dwd-toolbox',
  valid: [
    { text: 'Met with customer in office; attending.', note: field('05/30/2025', '2025-05-30') },
    { text: 'Met with customer in office; attending.', note: field('06/01/2025', '2025-06-01') },
    // A date known without the field's text (a file's date column, a caller that parsed it) is not a blank field.
    { text: 'Met with customer in office; attending.', note: { hasDateField: true, contactDate: '2025-05-30' } },
    { text: 'Met with customer in office; attending.', note: { hasDateField: true } },
    // No field at all is contact-date-missing's.
    { text: 'Met with customer in office; attending.', note: { hasDateField: false } },
  ],
  invalid: [
    // A blank date field is a note saved with no date of record: told before Save, even when the text gives one.
    {
      text: 'Met with customer in office; attending.',
      note: field('   '),
      errors: [{ severity: 'warning', message: 'The contact date is empty. Enter the date of the contact (MM/DD/YYYY) in the date field.', span: null, fix: null }],
    },
    {
      text: '5/30/2025 met with customer in office; attending.',
      note: field(''),
      pack: 'wioa-baseline',
      errors: [{ severity: 'warning', message: 'The contact date is empty. Enter the date of the contact (MM/DD/YYYY) in the date field.', span: null, fix: null }],
    },
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
      errors: [{ severity: 'warning', message: 'The contact date 12/25/2030 is after today (6/1/2025); check the year.', span: null, fix: null }],
    },
    {
      text: 'TC w/ client, attending.',
      note: field('13/01/2025'),
      pack: 'mn-wf1',
      errors: [{ severity: 'warning', message: 'The contact date "13/01/2025" is not a real date. Enter it as MM/DD/YYYY.', span: null, fix: null }],
    },
  ],
});
