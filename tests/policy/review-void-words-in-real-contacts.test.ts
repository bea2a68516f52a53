/**
 * A real contact whose news holds a word a voided note uses — a check or a voucher stamped VOID, a duplicate entry in
 * her own records, someone else who was the one who missed class — still counts, in both packs. (All counted before
 * the note-level void markers; a voided note is one that says so of itself, not one that mentions a voided check.)
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('void words about her things, not about the note', () => {
  counts([
    ['Met with client in person 3/4: her Hy-Vee check came back VOID; payroll is reissuing it. Attending daily.', 'in-person'],
    ['Met with client in person 3/4. She has a VOID check stub from her old job; we reviewed her budget.', 'in-person'],
    ['Met with client in person 3/4; she brought a VOID check for direct deposit.', 'in-person'],
    ['Met with client in person 3/4 re: her WIOA ITA voucher; the old voucher is VOID, new one issued. Attending daily.', 'in-person'],
    ['Met with client in person 3/4: attending daily. Duplicate entry in her job log was removed.', 'in-person'],
  ]);
});

describe('someone else named as the one her news is about', () => {
  counts([
    ['Spoke with client by phone 3/4; she said it was her sister, not her, who missed class. She attends daily.', 'telephone'],
    ['Spoke with client by phone 3/4: it was her son, not her, who had COVID. She attends daily.', 'telephone'],
  ]);
});
