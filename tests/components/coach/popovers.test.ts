/** Which card or panel is open (components/coach/popovers.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HIDE_MS, findingAtCaret, Popovers } from '../../../components/coach/popovers';
import type { ShownFinding } from '../../../components/FindingList';

const lm: ShownFinding = { id: 'unsuccessful-attempt@8', rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: 8, end: 10, phrase: 'LM' };
const next: ShownFinding = { id: 'next-step', rule: 'next-step', severity: 'warning', message: 'Say what happens next.', phrase: '' };
const twice: ShownFinding = { ...lm, id: 'x@20', start: 20, end: 24, also: [{ start: 40, end: 44 }] };

function setup() {
  const renders = { n: 0 };
  const controller = new AbortController();
  return { pop: new Popovers(() => renders.n++, controller.signal), renders, controller };
}

describe('the card and the panel', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('opens the card of the phrase the caret is in (its extra spans too), and closes it when the caret leaves every phrase', () => {
    expect(findingAtCaret([lm, next, twice], 9)).toBe(lm);
    expect(findingAtCaret([lm, next, twice], 42)).toBe(twice);
    expect(findingAtCaret([lm, next, twice], 15)).toBeUndefined();
    const t = setup();
    t.pop.caretAt(10, [lm]);
    expect(t.pop.card).toEqual({ id: lm.id, via: 'caret' });
    t.pop.caretAt(9, [lm]);
    expect(t.renders.n).toBe(1); // the same card again renders nothing
    t.pop.caretAt(2, [lm]);
    expect(t.pop.card).toBeNull();
    expect(t.renders.n).toBe(2);
  });

  it('closes a card the pointer opened a moment after the pointer leaves, unless it comes onto the card', () => {
    const t = setup();
    t.pop.hovered(lm.id);
    t.pop.hovered(null);
    vi.advanceTimersByTime(CARD_HIDE_MS - 100);
    t.pop.pointerEntered();
    vi.advanceTimersByTime(CARD_HIDE_MS);
    expect(t.pop.card?.id).toBe(lm.id);
    t.pop.pointerLeft();
    vi.advanceTimersByTime(CARD_HIDE_MS);
    expect(t.pop.card).toBeNull();
  });

  it('leaves a card the caret opened when the pointer wanders off', () => {
    const t = setup();
    t.pop.caretAt(9, [lm]);
    t.pop.pointerLeft();
    vi.advanceTimersByTime(CARD_HIDE_MS * 2);
    expect(t.pop.card?.id).toBe(lm.id);
  });

  it('keeps a closed card to render hidden, so closing it removes no node (one undo step while typing)', () => {
    const t = setup();
    expect(t.pop.cardToRender([lm])).toBeUndefined();
    t.pop.caretAt(9, [lm]);
    expect(t.pop.cardToRender([lm])).toEqual({ finding: lm, hidden: false });
    t.pop.closeCard();
    expect(t.pop.cardToRender([])).toEqual({ finding: lm, hidden: true });
  });

  it('drops the card when its finding is gone after a check', () => {
    const t = setup();
    t.pop.caretAt(9, [lm]);
    t.pop.findingsChanged([next]);
    expect(t.pop.card).toBeNull();
  });

  it('closes nothing on a timer once the coach is unbound', () => {
    const t = setup();
    t.pop.hovered(lm.id);
    t.pop.pointerLeft();
    t.controller.abort();
    const before = t.renders.n;
    vi.advanceTimersByTime(CARD_HIDE_MS * 2);
    expect(t.renders.n).toBe(before);
  });
});
