/**
 * A name followed by a professional credential ('Dana, RN', 'John Smith, LCSW', 'Raj Patel, Esq.')
 * is a professional, and an agency's initials after 'TC w/' ('DVR', 'VR', 'P&P', 'SSA', 'WIC', 'DEED') are an agency,
 * not the participant. A talk with them is no contact with her, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a name with a professional credential after it', () => {
  doesNotCount([
    'Spoke with Dana, RN, at the clinic by phone 3/4.',
    'Met with John Smith, LCSW, in person 3/4.',
    'Spoke with Amy Lee, MSW, by phone 3/4 about her housing.',
    'TC w/ Kim Park, PhD 3/4.',
    'Spoke w/ Tom Reyes, CPA, by phone 3/4 about her tax refund.',
    'Met with Linda Cho, LPC, 3/4 in person.',
    'TC w/ J. Ortiz, CADC 3/4: she is attending groups.',
  ]);
});

describe("an agency's initials", () => {
  doesNotCount(['TC w/ DVR 3/4 re: her IPE.', 'TC w/ VR 3/4 re: her IPE.', 'TC w/ P&P 3/4 re: her check-ins.', 'TC w/ SSA 3/4 re: her SSI.', 'TC w/ WIC 3/4.', 'TC w/ DEED 3/4 re: her UI.']);
});
