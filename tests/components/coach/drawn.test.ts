/** What the coach draws from what it shows (components/coach/drawn.ts). */
import { describe, expect, it } from 'vitest';
import { drawn, onEscape } from '../../../components/coach/drawn';
import type { CoachActions, CoachShown } from '../../../components/coach/drawn';
import type { ShownFinding } from '../../../components/FindingList';
import { systemOf } from '../../../lib/systems';

const lm: ShownFinding = { id: 'unsuccessful-attempt@8', rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: 8, end: 10, phrase: 'LM' };
const next: ShownFinding = { id: 'next-step', rule: 'next-step', severity: 'warning', message: 'Say what happens next.', phrase: '' };

function shown(over: Partial<CoachShown> = {}): CoachShown {
  return {
    verdict: { contactType: null, party: null, qualifies: false, findings: [] },
    findings: [lm, next],
    touched: true,
    status: null,
    problems: ['The contact date could not be read.'],
    notices: [],
    drafts: [],
    heldFor: null,
    question: { ask: false, disagreement: null },
    panelOpen: false,
    card: undefined,
    ...over,
  };
}

function actions() {
  const calls: string[] = [];
  const a = new Proxy({} as CoachActions, {
    get: (_, name: string) => (...args: unknown[]) => calls.push([name, ...args.map((x) => (typeof x === 'object' && x && 'id' in x ? (x as ShownFinding).id : String(x)))].join(' ')),
  });
  return { a, calls };
}

const fixed = { templates: [], shortcut: 'Alt+Shift+N', systemOf, pageInfo: 'test' };

describe('what the coach draws', () => {
  it('counts nothing on the badge until the case manager writes, then counts by severity', () => {
    const { a } = actions();
    expect(drawn(shown({ touched: false }), fixed, a).badge.counts).toBeNull();
    expect(drawn(shown(), fixed, a).badge.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(drawn(shown({ verdict: null }), fixed, a).badge.unavailable).toBe(true);
  });

  it("draws the panel only while it is open: the page's problems first, then the coach's own notices, and the guard's state", () => {
    const { a } = actions();
    expect(drawn(shown(), fixed, a).panel).toBeNull();
    const panel = drawn(shown({ panelOpen: true, notices: ['Your unsaved note could not be kept.'], heldFor: 'unchecked', touched: false }), fixed, a).panel!;
    expect(panel.problems).toEqual(['The contact date could not be read.', 'Your unsaved note could not be kept.']);
    expect(panel).toMatchObject({ guard: true, guardUnchecked: true, quiet: true });
    expect(drawn(shown({ panelOpen: true, heldFor: 'errors' }), fixed, a).panel).toMatchObject({ guard: true, guardUnchecked: false });
  });

  it("the card's controls act on the card's own finding; no card is drawn before one opened", () => {
    const { a, calls } = actions();
    expect(drawn(shown(), fixed, a).card).toBeUndefined();
    const card = drawn(shown({ card: { finding: lm, hidden: false } }), fixed, a).card!;
    card.onDismiss();
    card.onOpenPanel();
    expect(calls).toEqual(['dismiss unsuccessful-attempt@8', 'openPanel']);
  });

  it('Escape closes the card or panel and gives the note back the caret; other keys do nothing', () => {
    const calls: string[] = [];
    const handler = onEscape(() => calls.push('close'), () => calls.push('note'));
    const other = new KeyboardEvent('keydown', { key: 'a', cancelable: true });
    handler(other);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    handler(escape);
    expect(calls).toEqual(['close', 'note']);
    expect(escape.defaultPrevented).toBe(true);
    expect(other.defaultPrevented).toBe(false);
  });
});
