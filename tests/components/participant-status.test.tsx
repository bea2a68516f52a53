import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { ParticipantStatus, type ParticipantStatusView } from '../../components/ParticipantStatus';
import { systemOf } from '../../lib/systems';

const unread: ParticipantStatusView = {
  name: 'Lindqvist, Tomas',
  system: 'workforce-one',
  historyRead: null,
  lastQualifyingContact: null,
  nextDueDate: null,
  softExitDate: null,
  daysRemaining: null,
  activitiesRead: null,
  activities: [],
  plannedGaps: [],
  flags: [],
};

const fact = (container: Element, name: string) => container.querySelector(`[data-fact="${name}"]`)?.textContent ?? '';

describe('the participant status says what is known, from where', () => {
  it('says "not read yet" and where to go, never "none", for facts nobody read', () => {
    const { container } = render(<ParticipantStatus status={unread} systemOf={systemOf} />);
    expect(fact(container, 'last-contact')).toBe("Not read yet — open the participant's Progress Notes page.");
    expect(fact(container, 'activities')).toBe("Not read yet — open the participant's Summary page.");
    expect(fact(container, 'gaps')).toBe("Not read yet — open the participant's Summary page.");
    expect(fact(container, 'due')).toMatch(/^Not known yet/);
    expect(container.textContent).not.toMatch(/none/i);
  });

  it('names the page and the time a fact was read, and says "none" only when that page showed none', () => {
    const at = '2026-11-25T15:04:05';
    const { container } = render(
      <ParticipantStatus
        systemOf={systemOf}
        status={{
          ...unread,
          historyRead: { from: 'notes-page', at },
          lastQualifyingContact: { date: '2026-11-02', contactType: 'telephone' },
          nextDueDate: '2026-12-31',
          daysRemaining: 36,
          activitiesRead: { from: 'participant-page', at },
          activities: [],
        }}
      />,
    );
    expect(fact(container, 'last-contact')).toBe('11/2/2026 (phone) From the Workforce One Progress Notes page, read 11/25/2026 at 3:04 PM.');
    expect(fact(container, 'activities')).toBe('None: the Workforce One Summary page shows no activity. From the Workforce One Summary page, read 11/25/2026 at 3:04 PM.');
    expect(fact(container, 'gaps')).toBe('None shown.');
    expect(fact(container, 'due')).toBe('12/31/2026 (due in 36 days)');
  });

  it('says a soft exit already past as past, and one to come as a date', () => {
    const read = { ...unread, historyRead: { from: 'notes-page' as const, at: '2026-11-25T15:04:05' }, lastQualifyingContact: { date: '2026-08-01', contactType: 'telephone' as const } };
    const past = render(<ParticipantStatus systemOf={systemOf} today="2026-12-01" status={{ ...read, nextDueDate: '2026-10-30', daysRemaining: -32, softExitDate: '2026-11-21' }} />);
    expect(fact(past.container, 'soft-exit')).toBe('Already soft-exited on 11/21/2026');
    past.unmount();
    const soon = render(<ParticipantStatus systemOf={systemOf} today="2026-11-01" status={{ ...read, nextDueDate: '2026-10-30', daysRemaining: -2, softExitDate: '2026-11-21' }} />);
    expect(fact(soon.container, 'soft-exit')).toBe('11/21/2026 if no qualifying contact before then');
  });
});
