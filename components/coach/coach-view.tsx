/**
 * What the coach draws in its overlay (overlay.ts): the badge at the note's corner, the card on
 * an underlined phrase and the panel, the last two as manual popovers the coach opens, closes and
 * places (lib/overlay/placement.ts). State and actions come in as props; the coach (coach.tsx) owns them.
 * The panel's own views come in as `Panel`, loaded the first time the panel opens (surface.tsx); while they cannot
 * be had, the panel shows its fallback: it says so, and offers what cannot wait, a held save and a kept note.
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
  /** The panel's views, once loaded; until then an open panel draws nothing, or its fallback once they `failed`. */
  Panel: PanelView | null;
  failed: boolean;
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
        {p.panel && p.Panel ? <p.Panel {...p.panel} /> : p.panel && p.failed ? <Fallback {...p.panel} /> : null}
      </div>
    </>
  );
}

/** The panel whose views could not be loaded: a held save and the newest kept note (the others stay kept), with the panel's own buttons for them. */
function Fallback(p: SidebarProps) {
  const d = p.drafts[0];
  const choice = (text: string, yes: string, onYes: () => void, no: string, onNo: () => void) => (
    <>
      <p>{text}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onYes}>
          {yes}
        </button>
        <button type="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </>
  );
  return (
    <div class="cnc-fallback" role="alert">
      <p>Case Note Coach could not open its panel. Your note is safe.</p>
      {p.guard ? (
        <div class="guard" role="alertdialog" aria-label="Save">
          {choice(`This note ${p.guardUnchecked ? 'could not be checked' : 'still has problems'}. Save it exactly as typed?`, 'Back to the note', p.onKeepEditing, 'Save anyway', p.onSaveAnyway)}
        </div>
      ) : null}
      {d ? (
        <div class="draft" role="group" aria-label="Unsaved note">
          {choice(`An unsaved note from ${d.savedAt} was kept on this computer.`, 'Restore it', () => p.onRestoreDraft(d.visit), 'Discard', () => p.onDiscardDraft(d.visit))}
        </div>
      ) : null}
      <button type="button" class="close" onClick={p.onClose}>
        Close
      </button>
    </div>
  );
}
