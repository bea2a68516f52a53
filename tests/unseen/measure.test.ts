// @vitest-environment node
/** What the unseen-pages measure prints: the dev set's rows, and nothing of a locked page but the aggregates. */
import { describe, expect, it } from 'vitest';
import { PAGES } from './dev/index';
import { measureDev, measureLocked } from './measure';

function printed(run: (print: (text: string) => void) => unknown): string {
  const out: string[] = [];
  run((text) => out.push(text));
  return out.join('\n');
}

// Each case reads every dev page in jsdom (31 pages): seconds on a quiet machine, more on a shared one.
describe('the unseen pages measure', { timeout: 120_000 }, () => {
  it('prints each dev page by id, with what was read from it', () => {
    const text = printed((print) => measureDev('unseen dev', PAGES, print));
    for (const page of PAGES) expect(text).toContain(page.id);
    expect(text).toContain('P-0042817');
  });

  it('prints a locked set only as aggregates: no page id, system, or participant read', () => {
    const text = printed((print) => measureLocked('unseen locked', PAGES, print));
    expect(text).toMatch(/^unseen locked \(aggregates only\): \d+ pages\nattach accuracy [\d.]+; .*\nparticipant right \d+, .*contacts found \d+\/\d+/);
    expect(text.split('\n')).toHaveLength(3);
    for (const page of PAGES) expect(text).not.toContain(page.id);
    expect(text).not.toContain('P-0042817');
    expect(text).not.toContain('Whitaker');
  });

  it('hands back a locked set’s safety failures as counts, not pages', () => {
    const result = measureLocked('unseen locked', PAGES, () => undefined);
    expect(Object.keys(result).sort()).toEqual(['agg', 'wrongAttaches', 'wrongParticipants']);
    expect(result.wrongAttaches).toBe(0);
    expect(result.wrongParticipants).toBe(0);
  });
});
