import { ruleTester } from './rule-tester';

ruleTester('justification-missing', {
  valid: [
    // A note the verdict refuses for want of the participant that records only a failed try: asked for the contact, not why services continue.
    'Video visit 5/4 1:30 - cust did not come to the kiosk. Officer said he refused the visit.',
    'E-mail sent to the participant 5/4. A response was requested by 5/11. As of this date, no response has been received.',
    'Called cust 5/4 re: what her counselor said. VM.',
    // Someone else answered and a message was left: still a try, whoever did the talking.
    'Called client 5/4; a classmate answered her phone at the ABE center and said she was in the testing room. Asked for a call back.',
    'TC w/ cust, attending, cont ITA.',
    'TC w/ cust, attending classes; will continue services thru June.',
    'OV: cust needs tutoring in math, passed reading.',
    'Called cust, no answer.',
    { text: 'TC with client, attending, grades B.', pack: 'mn-wf1' },
  ],
  invalid: [
    {
      text: 'TC w/ participant. He is attending classes and passed his first quarter exams with 87 average.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'OV w/ cust, discussed childcare and bus pass.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'in-person' } }],
    },
    {
      text: "Spoke with cust's instructor by phone, cust has 95% attendance.",
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'provider' } }],
    },
  ],
});
