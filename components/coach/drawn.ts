/**
 * What the coach draws, from what it shows and what each control does: the badge (no counts
 * while the note is untouched), the card on an underlined phrase, and the panel (the page's own
 * problems first, then the coach's notices; the save guard's state). Pure: the coach passes its
 * state and actions in, the surface (surface.tsx) draws the result.
 */
import type { NoteVerdict } from '../../lib/model';
import type { HeldFor } from '../../lib/coach/save-guard';
import type { QuestionView, StatedChannel } from '../../lib/coach/stated-contact';
import type { NoteTemplate } from '../../lib/templates/templates';
import type { OfferedDraft } from '../../lib/drafts/offer';
import type { ShownFinding } from '../FindingList';
import type { ParticipantStatusView, SystemWordsOf } from '../ParticipantStatus';
import type { SidebarProps } from '../Sidebar';
import { countBySeverity } from './findings';
import type { Drawn } from './surface';

export interface CoachShown {
  verdict: NoteVerdict | null;
  findings: ShownFinding[];
  /** The case manager has written: until then nothing is counted or underlined. */
  touched: boolean;
  status: ParticipantStatusView | null;
  /** The page reader's problems, and the coach's own failures in words (lib/coach/notices.ts). */
  problems: string[];
  notices: readonly string[];
  /** Kept drafts on offer, newest first. */
  drafts: OfferedDraft[];
  /** Why a save is held back, or null. */
  heldFor: HeldFor | null;
  question: QuestionView;
  panelOpen: boolean;
  /** The card's finding, kept hidden once closed (popovers.ts), or none yet. */
  card: { finding: ShownFinding; hidden: boolean } | undefined;
}

/** What the page gives the coach once: the same on every draw. */
interface CoachFixed {
  templates: NoteTemplate[];
  shortcut: string;
  systemOf: SystemWordsOf;
  pageInfo: string;
}

type PanelActions = Pick<
  SidebarProps,
  'onClose' | 'onSelectSpan' | 'onInsertText' | 'onInsertTemplate' | 'onUseTemplate' | 'onRestoreDraft' | 'onDiscardDraft' | 'onSaveAnyway' | 'onKeepEditing'
>;

export interface CoachActions {
  /** The panel's own controls, handed to it as they are. */
  panel: PanelActions;
  togglePanel(): void;
  /** The card's "see all in the panel". */
  openPanel(): void;
  closeCard(): void;
  dismiss(finding: ShownFinding): void;
  pointerEntered(): void;
  pointerLeft(): void;
  answerContact(channel: StatedChannel): void;
  dismissQuestion(): void;
  /** Escape closed a popover: the note takes the focus back. */
  focusNote(): void;
}

/** Escape in a card or the panel closes it and puts the caret back in the note. */
export function onEscape(close: () => void, focusNote: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
    focusNote();
  };
}

export function drawn(s: CoachShown, fixed: CoachFixed, a: CoachActions): Drawn {
  const { card } = s;
  return {
    badge: {
      counts: s.touched ? countBySeverity(s.findings) : null,
      unavailable: !s.verdict,
      open: s.panelOpen,
      shortcut: fixed.shortcut,
      onToggle: a.togglePanel,
    },
    card: card
      ? {
          finding: card.finding,
          hidden: card.hidden,
          templates: fixed.templates,
          shortcut: fixed.shortcut,
          onInsertText: a.panel.onInsertText,
          onUseTemplate: a.panel.onUseTemplate,
          onDismiss: () => a.dismiss(card.finding),
          onOpenPanel: a.openPanel,
        }
      : undefined,
    onCardEnter: a.pointerEntered,
    onCardLeave: a.pointerLeft,
    onCardEscape: onEscape(a.closeCard, a.focusNote),
    panel: s.panelOpen ? panelProps(s, fixed, a) : null,
    onPanelEscape: onEscape(a.panel.onClose, a.focusNote),
  };
}

/** The panel: findings, the verdict and its reason, the participant's status, templates, a kept draft, the save guard. */
function panelProps(s: CoachShown, fixed: CoachFixed, a: CoachActions): SidebarProps {
  return {
    verdict: s.verdict,
    findings: s.findings,
    quiet: !s.touched,
    status: s.status,
    systemOf: fixed.systemOf,
    problems: s.notices.length ? [...s.problems, ...s.notices] : s.problems,
    templates: fixed.templates,
    drafts: s.drafts,
    guard: s.heldFor !== null,
    guardUnchecked: s.heldFor === 'unchecked',
    shortcut: fixed.shortcut,
    pageInfo: fixed.pageInfo,
    contactQuestion: { ...s.question, onAnswer: a.answerContact, onDismiss: a.dismissQuestion },
    ...a.panel,
  };
}
