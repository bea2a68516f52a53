import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageReporter, Refusal } from '../lib/page-reporter';

describe('telling the background what a page showed', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('retries a read that failed until it is recorded, saying so meanwhile, and sends it only once after that', async () => {
    let failures = 2;
    const sent: string[] = [];
    const problems: (string | null)[] = [];
    const report = createPageReporter<{ id: string }>({
      send: async (r) => {
        sent.push(r.id);
        if (failures-- > 0) throw new Error('Could not establish connection');
      },
      onProblem: (p) => problems.push(p),
    });
    report({ id: 'a' });
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['a', 'a', 'a']);
    expect(problems[0]).toMatch(/not recorded yet \(Could not establish connection\)/);
    expect(problems.at(-1)).toBeNull();
    // The same read again (the page's DOM changed without changing what it shows): not sent again.
    report({ id: 'a' });
    await vi.runAllTimersAsync();
    expect(sent).toHaveLength(3);
  });

  it('gives up after a few tries with a message in words, and tries again when the page changes', async () => {
    const sent: string[] = [];
    const problems: (string | null)[] = [];
    const report = createPageReporter<{ id: string }>({
      send: async (r) => {
        sent.push(r.id);
        throw new Error('busy');
      },
      onProblem: (p) => problems.push(p),
      maxTries: 3,
    });
    report({ id: 'a' });
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['a', 'a', 'a']);
    expect(problems.at(-1)).toMatch(/could not be recorded \(busy\).*Reload the page/);
    report({ id: 'a' });
    await vi.runAllTimersAsync();
    expect(sent).toHaveLength(6);
  });

  it('sends a read the background answered "no" to once, and says nothing: asking again gets the same answer', async () => {
    const sent: string[] = [];
    const problems: (string | null)[] = [];
    const report = createPageReporter<{ id: string }>({
      send: async (r) => {
        sent.push(r.id);
        throw new Refusal("Couldn't make sense of what this page shows (contacts.0.date), so nothing from it is used.");
      },
      onProblem: (p) => problems.push(p),
    });
    report({ id: 'malformed' });
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['malformed']);
    // No "trying again", no "reload the page": the page simply gets no warnings from this read.
    expect(problems.filter((p) => p !== null)).toEqual([]);
    // The same read again is not sent again; a changed page is.
    report({ id: 'malformed' });
    report({ id: 'fixed' });
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['malformed', 'fixed']);
  });
});
