import { ruleTester } from './rule-tester';

ruleTester('progress-missing', {
  valid: [
    // Job search, a new job or wage, and bad news are progress too.
    'TC w/ cust, applied to 6 jobs, interview at Boeing 3/12. Continue job search assistance.',
    'OV w/ cust: hired at Target 3/1, $15/hr, 32 hrs/wk. Cont follow-up.',
    'TC w/ cust: she failed her state exam and withdrew from the program. Continue case management.',
    'TC w/ cust: he was let go from the warehouse 3/1. Continue job search services.',
    'TC w/ cust, attending classes, cont ITA.',
    'TC w/ cust. No progress to report this month, on break. Continue ITA.',
    'TC w/ cust: did not attend class last week due to illness.',
    'OV - 96% attendance. Continue ITA.',
    'Called cust, no answer.',
    'Sent email to cust re: grades.',
    // Progress in figures or turns of phrase: grades, counts done, scores, pay, a start, an offer, bad news.
    'TC w/ cust 5/4: she has a B in all her classes this term. Cont ITA.',
    'OV 5/4 at the WFC. Cust is 9 of 14 sessions into the ESL class. Continue per IEP.',
    'OV 5/4: TABE reading up from 540 to 566. Continue ABE.',
    'TC w/ cust 5/4: driving for the carrier, about $58k/yr. Follow-up continues.',
    'Met cust 5/4 at the job center: she got the offer from Mercy, starts 5/18. Retention per IEP.',
    'TC w/ cust 5/4: he dropped the online Accounting class, too hard with two jobs. Continue per IEP.',
    'OV 5/4: cust started the Hennepin Tech welding cert 5/1, has all her PPE. ISS reviewed.',
    'Letter from cust rec\'d 5/4: had to stop the phlebotomy class after a house fire, can restart in summer. Continue per IEP.',
    'TC w/ cust 5/4: moved to days at the plant, same pay. Continue retention.',
    'OV 5/4: cust showed me her midterm grades (B, A-). Continue ITA.',
    // Work and training told as a state or a step (real contacts once asked for progress they give).
    'TC w/ cust 5/4: got the job at the hardware store, first shift. Retention per IEP.',
    'TC w/ cust 5/4: still the lead on the night crew. Continue retention per IEP.',
    'TC w/ cust 5/4: her manager raised her to $18 last week. Continue retention.',
    'Text from cust 5/4: "forklift cert done!!" Texted back congrats. Continue per IEP.',
    'TC w/ client 5/4: her tutor says she is ready for level 4. Continue ABE.',
    'TC w/ client 5/4: she has an 82 so far in Anatomy. Continue ITA.',
    'OV 5/4: he moved from the dock to the forklift crew. Continue retention.',
    'TC w/ cust 5/4: his supervisor told him he is a reliable worker. Continue retention.',
    'TC w/ cust 5/4: FAFSA submitted, Pell pending. Continue ITA.',
    // A note the verdict refuses for want of the participant that records only a failed try: asked for the contact, not its progress.
    'Video visit 5/4 1:30 - cust did not come to the kiosk. Officer said he refused the visit.',
    'E-mail sent to the participant 5/4. A response was requested by 5/11. As of this date, no response has been received.',
    'Called cust 5/4 re: what her counselor said. VM.',
    // Someone else answered and a message was left: still a try, whoever did the talking.
    'Called client 5/4; a classmate answered her phone at the ABE center and said she was in the testing room. Asked for a call back.',
  ],
  invalid: [
    {
      text: 'Met with cust in office. Discussed her childcare situation. Will continue services.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'in-person' } }],
    },
    {
      text: 'TC w/ cust, touched base, cont ITA.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'TC w/ client 3/3 re: bus card.',
      pack: 'mn-wf1',
      errors: [{ severity: 'warning', span: null, fix: { kind: 'use-template', templateId: 'mn-monthly' } }],
    },
    {
      // A sum that is no pay is no progress.
      text: 'TC w/ cust 5/4, 30 min. Reviewed her budget: cut $60 in subscriptions, opened a savings account. Next TC in 30 days.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      // A capital letter that names a building, a plan or an option is no letter grade.
      text: 'OV w/ client 3/4 at our Building C on Main St. Discussed childcare. Continue ITA per IEP; next appt 4/4.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'in-person' } }],
    },
    {
      text: 'TC w/ client 3/4. She wants Plan B in case the CNA class fills. Continue ITA per IEP; next contact 4/4.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      // A need, a plan or a schedule about work is no progress in it.
      text: 'TC w/ cust 5/4. Needs a ride to work next week; she has an appointment at 10 on Monday. Continue per IEP.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'TC w/ cust 5/4. Doing good at work. Discussed her work schedule and the job she wants. Continue per IEP.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'telephone' } }],
    },
    {
      text: 'OV. Provided bus pass for April. Continue services.',
      errors: [{ severity: 'error', span: null, fix: { kind: 'use-template', templateId: 'provider' } }],
    },
  ],
});
