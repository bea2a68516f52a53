/**
 * The try's channel is read on every note with no contact and no channel word, while the case manager types: a note
 * pasted from a fixed-width screen or a PDF, with long runs of spaces, must be read at once, not hang the check (its
 * direction-line pattern once took 37 s on a line of 2,000 spaces; the suite's own timeout catches a hang).
 */
import { describe, expect, it } from 'vitest';
import { tryChannel } from '../../lib/text/try-channel';

describe('padding from a pasted screen', () => {
  it.each([
    ['a line of spaces', `Client file reviewed.\n${' '.repeat(2000)}x`],
    ['spaces and tabs', `${' \t'.repeat(1500)}Outreach needed.`],
    ['a time, then spaces', `4/2 10:15${' '.repeat(2000)}x`],
  ])('%s says nothing about a channel', (_, text) => {
    expect(tryChannel(text)).toBe(null);
  });

  it('a padded direction line is still a texting platform\'s', () => {
    expect(tryChannel(`${' '.repeat(40)}4/2 10:15 AM   OUTBOUND to (417) 555-0190: Hi Dana`)).toBe('email');
  });
});
