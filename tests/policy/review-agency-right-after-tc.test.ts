/**
 * An agency's or a school's capitals right after "TC", with no "w/" ('TC DVR 3/4.', 'TC SSA', 'TC FSD', 'TC PO',
 * 'TC MCC', 'TC IRS'), name whom the call was with, as they do after 'TC w/': no contact with her, in either pack.
 * ('TC P&P 3/4.', 'TC DHS 3/4.', 'TC HR 3/4.', 'TC to DVR 3/4.' and 'TC w/ DVR 3/4 re: her IPE.' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("an agency's initials right after 'TC'", () => {
  doesNotCount([
    'TC DVR 3/4.',
    'TC SSA 3/4.',
    'TC WIC 3/4.',
    'TC DEED 3/4.',
    'TC VR 3/4 re: her IPE.',
    'TC FSD 3/4.',
    'TC DFS 3/4.',
    'TC CPS 3/4.',
    'TC PO 3/4.',
    'TC HUD 3/4.',
    'TC MCC 3/4.',
    'TC STLCC 3/4.',
    'TC IRS 3/4.',
    'TC DMV 3/4.',
    'TC DOL 3/4.',
    'TC UI 3/4.',
  ]);
});
