/**
 * The popup's list when its answers come back out of order: a reload after a caseload change asks again while
 * the first question may still be unanswered, and an older answer must not replace the newer list.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/preact';
import { Popup, type PopupApi } from '../../components/Popup';
import type { Response } from '../../lib/messages';

type DueList = Response<'list-due'>;

function dueList(names: string[]): DueList {
  const items = names.map((name, i) => ({
    key: `toolbox:${i}`,
    system: 'toolbox',
    participantId: String(i),
    name,
    url: null,
    nextDueDate: '2026-11-01',
    softExitDate: null,
    lastContactDate: '2026-08-01',
    lastContactType: 'telephone' as const,
    daysRemaining: -3,
    state: 'overdue' as const,
  }));
  return { items, total: names.length, dueCount: names.length, overdueCount: names.length, softExitedCount: 0, unreadable: 0, dueSoonDays: 14, noContact: [], noContactCount: 0, pageNotices: [] };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the popup', () => {
  it('keeps the newer list when the answer to an older question arrives after it', async () => {
    const answers = [deferred<DueList>(), deferred<DueList>()];
    let asked = 0;
    let changed: () => void = () => undefined;
    const api: PopupApi = {
      firstRows: () => answers[asked++]!.promise,
      listDue: () => Promise.reject(new Error('not asked')),
      exportCsv: async () => '',
      sitesWithoutAccess: async () => [],
      requestAccess: async () => true,
      linkSites: Promise.resolve([]),
      openTab: () => undefined,
      openOptions: () => undefined,
      onCaseloadChanged: (reload) => {
        changed = reload;
        return () => undefined;
      },
    };
    render(<Popup api={api} />);
    changed(); // a participant recorded while the first question was still unanswered
    answers[1]!.resolve(dueList(['Oyelaran, Tunde', 'Whitfield, Dana']));
    await screen.findByText(/Oyelaran/);
    // act() returns once the popup has handled the older answer and drawn whatever it drew for it.
    await act(async () => answers[0]!.resolve(dueList(['Whitfield, Dana'])));
    expect(screen.queryByText(/Oyelaran/)).not.toBeNull();
  });
});
