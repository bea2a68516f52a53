import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { OverdueList, type OverdueItem } from '../../components/OverdueList';

afterEach(cleanup);

const item: OverdueItem = {
  key: 'toolbox:1',
  name: 'Ana Garcia',
  participantId: '1',
  nextDueDate: '2025-01-03',
  softExitDate: '2025-02-02',
  lastContactDate: '2024-10-05',
  lastContactType: 'in-person',
  daysRemaining: -7,
  state: 'overdue',
};

describe('accessibility', () => {
  it.each([
    ['a list', [item], 1],
    ['an empty caseload', [], 0],
  ] as const)('has no axe violations for %s', async (_label, items, caseloadSize) => {
    const { container } = render(<OverdueList items={items} caseloadSize={caseloadSize} onOpen={() => {}} onImport={() => {}} />);
    // Colour contrast needs real layout, which happy-dom does not do; the e2e run covers it.
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(5); // axe really checked something
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
