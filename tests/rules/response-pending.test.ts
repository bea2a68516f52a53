import { ruleTester } from './rule-tester';

ruleTester('response-pending', {
  valid: [
    'Emailed cust re: progress. Cust replied stating she is attending every class. Continue ITA.',
    'Sent letter 2/15. Cust called back 2/20, attending classes.',
    'Letter mailed 2/1 was returned undeliverable.',
    'TC w/ cust, attending.',
    "Rec'd email from cust with midterm grades attached.",
    // A message to or from someone else awaits no reply from the participant (the rule's message is about theirs).
    'AEL proctor e-mailed 4/7: customer did not come to the TABE retest and did not call.',
    'Benefits planner (WIPA) e-mailed 3/12: earnings are below SGA.',
    'Cancelled the ITA 2/18, emailed the school.',
    'Sent the letter to the legal advocate 4/21 with the signed release.',
    'E-mailed the agenda to the team 3/27 for the 3/30 staffing.',
    // A document named a letter is not a letter sent.
    'Cover letter reviewed and updated.',
    "Pastor's letter of recommendation for cust rec'd 4/1, placed in file.",
  ],
  invalid: [
    // A message whose only failure is that no reply has come yet (the reader found no pending letter of its own).
    {
      text: 'Sent msg on the jail tablet 5/4: monthly check-in, asked how class is going. Shows "Delivered" 5/6, no reply.',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Canvas inbox msg sent to cust 5/4 about the missing lab reports. Shows read 5/5, no reply.',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'The customer was advised via e-mail on 05/04/2026 to contact the registrar. No response has been received from the customer at this time.',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Sent email to cust re: FAFSA. No response yet.',
      errors: [{ severity: 'warning', span: 'email', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Mailed letter to cust requesting contact regarding training progress.',
      errors: [{ severity: 'warning', span: 'Mailed', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'EM to cust requesting attendance records.',
      errors: [{ severity: 'warning', span: 'EM', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Texted cust asking for update. No reply.',
      errors: [{ severity: 'warning', span: 'Texted', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Requested attendance records.',
      note: { contactType: 'email' },
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: "E-mailed cust's instructor and cust 3/4 about the lab hours. No reply yet.",
      errors: [{ severity: 'warning', span: 'E-mailed', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Sent TAA eligibility letter to customer 3/5 explaining the training deadlines.',
      errors: [{ severity: 'warning', span: 'letter', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: "Called client 2/10, no answer. Texted her the ES counselor's fax number and asked her to turn in the log by 2/20.",
      errors: [{ severity: 'warning', span: 'Texted', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: "Customer's MWA case manager e-mailed 3/10 that she is in sanction. Mailed customer a letter 3/11 asking her to call CM.",
      errors: [{ severity: 'warning', span: 'Mailed', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
    {
      text: 'Letter sent to client for monthly contact.',
      pack: 'mn-wf1',
      errors: [{ severity: 'warning', span: 'Letter', fix: { kind: 'use-template', templateId: 'letter-response' } }],
    },
  ],
});
