import { ruleTable } from './table';

ruleTable('response-pending', {
  flags: [
    { text: 'Sent email to cust re: FAFSA. No response yet.', span: 'email', severity: 'warning' },
    'Mailed letter to cust requesting contact regarding training progress.',
    'EM to cust requesting attendance records.',
    'Texted cust asking for update. No reply.',
    { text: 'Requested attendance records.', note: { contactType: 'email' } },
    { text: 'Letter sent to client for monthly contact.', pack: 'mn-wf1' },
  ],
  doesNotFlag: [
    'Emailed cust re: progress. Cust replied stating she is attending every class. Continue ITA.',
    'Sent letter 2/15. Cust called back 2/20, attending classes.',
    'Letter mailed 2/1 was returned undeliverable.',
    'TC w/ cust, attending.',
    'Rec\'d email from cust with midterm grades attached.',
  ],
});
