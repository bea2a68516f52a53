// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contactTypeOrNull } from '../../lib/text/contact-type';
import { formatUsDate, readUsDate } from '../../lib/dates';

describe('dates as the state systems print them', () => {
  it.each([
    ['11/25/2026', '2026-11-25'],
    ['1/5/2026', '2026-01-05'],
    ['1/5/26', '2026-01-05'],
    ['01-05-2026', '2026-01-05'],
    ['2026-11-01', '2026-11-01'],
    [' 02/29/2028 ', '2028-02-29'],
    ['11/20/2026 10:30 AM', '2026-11-20'],
    ['2026-11-01T23:30:00-06:00', '2026-11-01'],
    ['11/01/2026\u00a0', '2026-11-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(readUsDate(text)).toBe(iso);
  });

  it.each(['N/A', '13/45/2026', '02/29/2027', '04/31/2026', '', 'TBD', '2026/11/25', '11/25', '00/10/2026', '11/25/20266'])(
    'refuses %j instead of guessing',
    (text) => {
      expect(readUsDate(text)).toBeNull();
    },
  );

  it('keeps the calendar day whatever the time zone (no Date parsing involved)', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(readUsDate('01/01/2027')).toBe('2027-01-01');
    } finally {
      process.env.TZ = before;
    }
  });

  it('writes dates back the way the forms want them typed', () => {
    expect(formatUsDate('2026-03-07')).toBe('03/07/2026');
  });
});

describe('contact-type wording', () => {
  it.each([
    ['In Person', 'in-person'],
    ['Face to Face', 'in-person'],
    ['Office Visit', 'in-person'],
    ['Telephone', 'telephone'],
    ['Phone', 'telephone'],
    ['E-Mail', 'email'],
    ['Email', 'email'],
    ['e-mail', 'email'],
    ['Letter', 'letter'],
    // One table with the command line's: a text message is written, like an e-mail.
    ['Text Message', 'email'],
    ['Phone Call.', 'telephone'],
    ['Other', null],
    ['', null],
    ['-- Select --', null],
  ])('counts %j as %s', (text, kind) => {
    expect(contactTypeOrNull(text)).toBe(kind);
  });
});
