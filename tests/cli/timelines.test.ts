// @vitest-environment node
/** Contact timelines: every stretch longer than the policy allows, by the extension's own schedule rules. */
import { describe, expect, it } from 'vitest';
import { cli, noteLines, participantLines } from './run-cli';

const audit = (policy: string, ...more: string[]) => cli('audit', 'tests/fixtures/audit/timelines.csv', '--policy', policy, '--as-of', '2025-07-01', ...more);

describe.concurrent('cli audit timelines', { timeout: 60_000 }, () => {
  it('Missouri: a gap over 90 days says when the participant soft-exited or may have', async () => {
    const r = await audit('mo-dwd-toolbox');
    expect(r.code).toBe(0);
    expect(noteLines(r.out)).toHaveLength(7);
    const [p1, p2] = participantLines(r.out);
    // An attempt (a2, 04/02) does not qualify, so it does not close the gap from 01/02 to 05/10.
    expect(p1).toMatchObject({
      participant: 'P1',
      staff: 'A. Rivera',
      notes: 4,
      qualifyingContacts: 3,
      firstContact: '2025-01-02',
      lastContact: '2025-06-01',
      gaps: [{ from: '2025-01-02', to: '2025-05-10', days: 128, dueBy: '2025-04-02', softExitOn: '2025-04-03' }],
      nextDueDate: '2025-08-30',
      state: 'ok',
    });
    // Still open on the as-of date: the last contact was 03/01.
    expect(p2).toMatchObject({
      participant: 'P2',
      gaps: [{ from: '2025-03-01', to: null, days: 122, dueBy: '2025-05-30', softExitOn: '2025-05-31' }],
      state: 'soft-exited',
    });
  });

  it('Minnesota: each calendar month without a qualifying contact', async () => {
    const r = await audit('mn-wf1');
    const [p1, p2] = participantLines(r.out);
    expect(p1?.gaps).toEqual([{ from: '2025-01-02', to: '2025-05-10', days: 128, dueBy: '2025-02-28', missedMonths: ['2025-02', '2025-03', '2025-04'] }]);
    expect(p2?.gaps).toEqual([
      { from: '2025-01-05', to: '2025-03-01', days: 55, dueBy: '2025-02-28', missedMonths: ['2025-02'] },
      { from: '2025-03-01', to: null, days: 122, dueBy: '2025-04-30', missedMonths: ['2025-04', '2025-05', '2025-06'] },
    ]);
    expect(p2?.state).toBe('overdue');
  });

  it('a log saved after its last contact counts from the day it records reaching the participant', async () => {
    const r = await cli('audit', 'tests/fixtures/audit/log-notes.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2026-05-20');
    expect(r.code).toBe(0);
    // Note l2 is saved on 05/10, but its last contact was on 2/11 (its 5/10 entry is an unanswered call).
    expect(noteLines(r.out).find((n) => n.id === 'l2')).toMatchObject({ qualifies: true, reason: { date: '2/11' } });
    expect(participantLines(r.out)).toEqual([
      expect.objectContaining({
        participant: 'L1',
        qualifyingContacts: 2,
        lastContact: '2026-02-11',
        gaps: [{ from: '2026-02-11', to: null, days: 98, dueBy: '2026-05-12', softExitOn: '2026-05-13' }],
        nextDueDate: '2026-05-12',
        state: 'soft-exited',
      }),
    ]);
  });

  it('no participant records without participant_id and date columns', async () => {
    const r = await cli('audit', 'tests/fixtures/audit/hostile.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-07-01');
    expect(participantLines(r.out)).toEqual([]);
  });

  it('the HTML report summarises by staff and draws a timeline for each participant with a gap', async () => {
    const r = await audit('mo-dwd-toolbox', '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<tr><th scope="row">Notes checked</th><td>7</td></tr>');
    expect(r.out).toContain('<tr><th scope="row">Participants with gaps</th><td>2 (100.0%)</td></tr>');
    expect(r.out).toMatch(/<th scope="row">A\. Rivera<\/th><td>4<\/td><td>75\.0%<\/td><td>1<\/td><td>1<\/td>/);
    // As the sidebar says it: a gap that was closed by a contact may have soft-exited them; one still open has.
    expect(r.out).toContain('No qualifying contact from 1/2/2025 to 5/10/2025 (128 days): due by 4/2/2025; may have soft-exited on 4/3/2025.');
    expect(r.out).toContain('No qualifying contact since 3/1/2025 (122 days so far): due by 5/30/2025; already soft-exited on 5/31/2025.');
    expect(r.out).not.toContain('would have');
    expect(r.out.match(/aria-label="Timeline of P\d/g)).toHaveLength(2);
  });
});
