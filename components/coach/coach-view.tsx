/**
 * What the coach draws in its overlay (overlay.ts): the badge at the note's corner, the card on
 * an underlined phrase and the panel, the last two as manual popovers the coach opens, closes and
 * places (lib/overlay/placement.ts). State and actions come in as props; the coach (coach.tsx) owns them.
 * The panel's own views come in as `Panel`, loaded the first time the panel opens (surface.tsx).
 */
import { Badge } from '../Badge';
import type { BadgeProps } from '../Badge';
import { FindingCard } from '../FindingCard';
import type { FindingCardProps } from '../FindingCard';
import type { SidebarProps } from '../Sidebar';
import type { PanelView } from './options';

type Ref = (el: HTMLElement | null) => void;

export interface CoachViewProps {
  refs: { badge: Ref; card: Ref; panel: Ref };
  badge: BadgeProps;
  /** The card's finding (kept, hidden, once closed: see FindingCard's `hidden`), or nothing yet. */
  card: FindingCardProps | undefined;
  onCardEnter(): void;
  onCardLeave(): void;
  onCardEscape(e: KeyboardEvent): void;
  /** The panel's content while it is open. */
  panel: SidebarProps | null;
  /** The panel's views, once loaded; until then an open panel draws nothing. */
  Panel: PanelView | null;
  onPanelEscape(e: KeyboardEvent): void;
}

export function CoachView(p: CoachViewProps) {
  return (
    <>
      <div class="cnc-badge-slot" ref={p.refs.badge}>
        <Badge {...p.badge} />
      </div>
      <div popover="manual" class="cnc-pop cnc-card-pop" ref={p.refs.card} onMouseEnter={p.onCardEnter} onMouseLeave={p.onCardLeave} onKeyDown={p.onCardEscape}>
        {p.card ? <FindingCard {...p.card} /> : null}
      </div>
      <div popover="manual" class="cnc-pop cnc-panel" ref={p.refs.panel} onKeyDown={p.onPanelEscape}>
        {p.panel && p.Panel ? <p.Panel {...p.panel} /> : null}
      </div>
    </>
  );
}
