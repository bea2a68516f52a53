/**
 * Which of the coach's popovers are open: the card on one underlined phrase
 * (opened by the pointer or the caret) and the panel. Opening or closing calls
 * `changed` so the coach renders; the card a pointer opened closes a moment
 * after the pointer leaves, unless it comes onto the card.
 */
import type { ShownFinding } from '../FindingList';

type CardVia = 'hover' | 'caret';

/** How long a card the pointer opened stays after the pointer leaves its phrase. */
export const CARD_HIDE_MS = 400;

/** The finding whose underline holds the caret (a finding's extra spans count too), if any. */
export function findingAtCaret(findings: readonly ShownFinding[], at: number): ShownFinding | undefined {
  const within = (s: { start: number; end: number }) => at >= s.start && at <= s.end;
  return findings.find((f) => f.start !== undefined && f.end !== undefined && (within({ start: f.start, end: f.end }) || (f.also ?? []).some(within)));
}

export class Popovers {
  /** The finding whose card is open, and whether the pointer or the caret opened it. */
  card: { id: string; via: CardVia } | null = null;
  panelOpen = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The finding the card last showed: rendered hidden once the card closes, so closing removes no node. */
  private lastCard: ShownFinding | undefined;

  constructor(
    private readonly changed: () => void,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.hideTimer), { once: true });
  }

  openCard(id: string, via: CardVia): void {
    clearTimeout(this.hideTimer);
    if (this.card?.id === id) return;
    this.card = { id, via };
    this.changed();
  }

  closeCard(): void {
    clearTimeout(this.hideTimer);
    if (!this.card) return;
    this.card = null;
    this.changed();
  }

  /** The pointer left the phrase or the card: a card it opened closes after CARD_HIDE_MS. */
  pointerLeft(): void {
    if (this.card?.via !== 'hover') return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.closeCard(), CARD_HIDE_MS);
  }

  /** The pointer came onto the card: it stays. */
  pointerEntered(): void {
    clearTimeout(this.hideTimer);
  }

  /** The pointer is over an underlined phrase (its finding's id) or over none (null). */
  hovered(id: string | null): void {
    if (id !== null) this.openCard(id, 'hover');
    else this.pointerLeft();
  }

  /** The caret moved: the card of the phrase it is in opens (without taking focus); out of every phrase, any card closes. */
  caretAt(at: number, findings: readonly ShownFinding[]): void {
    const hit = findingAtCaret(findings, at);
    if (hit) this.openCard(hit.id, 'caret');
    else this.closeCard();
  }

  /** New findings: a card whose finding is gone is closed (no render of its own: the caller is rendering). */
  findingsChanged(findings: readonly ShownFinding[]): void {
    if (this.card && !findings.some((f) => f.id === this.card?.id)) this.card = null;
  }

  /**
   * The card to render: the open one, or the last one shown, hidden. A closed
   * card stays in the DOM: Chromium ends the note's typing undo step whenever a
   * node is removed anywhere in the document (our shadow root too), and a card
   * closes on the very key that edits.
   */
  cardToRender(findings: readonly ShownFinding[]): { finding: ShownFinding; hidden: boolean } | undefined {
    const open = this.card ? findings.find((f) => f.id === this.card?.id) : undefined;
    if (open) this.lastCard = open;
    const kept = open ?? this.lastCard;
    return kept && { finding: kept, hidden: !open };
  }
}
