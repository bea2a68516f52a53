import { ruleTable } from './table';

ruleTable('justification-missing', {
  flags: [
    'TC w/ participant. He is attending classes and passed his first quarter exams with 87 average.',
    'OV w/ cust, discussed childcare and bus pass.',
    "Spoke with cust's instructor by phone, cust has 95% attendance.",
  ],
  doesNotFlag: [
    'TC w/ cust, attending, cont ITA.',
    'TC w/ cust, attending classes; will continue services thru June.',
    'OV: cust needs tutoring in math, passed reading.',
    'Called cust, no answer.',
    { text: 'TC with client, attending, grades B.', pack: 'mn-wf1' },
  ],
});
