import { ruleTester } from './rule-tester';

const field = (date: string) => ({ hasDateField: true, contactType: 'telephone' as const, contactDate: date, contactDateText: `${date.slice(5, 7)}/${date.slice(8)}/${date.slice(0, 4)}` });
const LOG = '1/14 TC w/ client – working at Walmart 30 hrs/wk.\n2/11 TC w/ client – still working, 32 hrs/wk; cont. job search per IEP.\n3/20 TC – NA, LM';

ruleTester('contact-date-earlier', {
  pack: 'mo-dwd-toolbox',
  valid: [
    // The field says the day of the contact the note records.
    { text: LOG, note: field('2025-02-11') },
    { text: 'TC w/ client – still working, 32 hrs/wk; cont. job search per IEP. Next TC in 30 days.', note: field('2025-05-28') },
    // A contact on a later day than the field's: the field's day is counted, which hides no one.
    { text: 'Called 5/10, no answer, LM. 5/12 TC w/ client – still working, 32 hrs/wk; cont. job search per IEP.', note: field('2025-05-10') },
    // A date still to come in the contact's sentence is not the contact's ("thru 6/30" in a note of 1/2).
    { text: 'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.', note: field('2025-01-02') },
    // Nothing that counts: no contact date to speak of.
    { text: '3/2 LM. 3/5 NA. 3/9 VM full.', note: field('2025-03-09') },
    // No field, or none that is a real date (contact-date-missing's and contact-date-invalid's).
    { text: LOG, note: { hasDateField: false, contactType: 'telephone' } },
    { text: LOG, note: { hasDateField: true, contactType: 'telephone', contactDateText: '02/30/2025', contactDate: null } },
  ],
  invalid: [
    {
      text: LOG,
      note: field('2025-03-20'),
      errors: [
        {
          severity: 'warning',
          message: 'This note records the contact on 2/11/2025, but the contact date field says 3/20/2025. The due date counts from 2/11/2025: correct whichever is wrong.',
          span: '2/11',
          fix: null,
        },
      ],
    },
    {
      text: 'Spoke with client by phone on 5/2/2025: attending CNA class, B average; cont. ITA per IEP.',
      note: field('2025-05-28'),
      errors: [{ message: /records the contact on 5\/2\/2025, but the contact date field says 5\/28\/2025/, span: '5/2/2025', fix: null }],
    },
    // A log over New Year: "12/28" in a note of 1/5 is last year's.
    {
      text: '12/28 OV w/ client – attending welding, 95% attendance; cont. ITA per ISS.\n1/5 TC – NA, LM',
      note: field('2025-01-05'),
      pack: 'mn-wf1',
      errors: [{ message: /records the contact on 12\/28\/2024, but the contact date field says 1\/5\/2025/, span: '12/28', fix: null }],
    },
  ],
});
