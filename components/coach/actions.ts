/**
 * What each control on the coach's badge, card and panel does (drawn.ts hands them out): open and close the panel,
 * dismiss a finding for this note, answer the panel's question, show a finding's words, insert text or a template,
 * bring a kept note back or discard it, and the held save's two ways out. Each acts on the coach's parts (coach.tsx).
 */
import { currentSpan } from '../../lib/coach/current-span';
import type { SaveGuard } from '../../lib/coach/save-guard';
import type { NoteField } from '../../lib/overlay/note-field';
import type { ShownFinding } from '../FindingList';
import type { CoachDrafts } from './drafts';
import type { CoachActions } from './drawn';
import { dismissKey } from './findings';
import { firstErrorSpan } from './guard';
import type { FromPanel } from './panel-parts';
import type { Popovers } from './popovers';
import { safely } from './safely';
import type { CoachSurface } from './surface';
import type { TypingChecks } from './typing';

/** The coach's parts the controls act on, and what it shows now (the coach itself, coach.tsx). */
interface Acted {
  readonly o: { readonly editor: { readonly note: NoteField } };
  readonly surface: CoachSurface;
  readonly pop: Popovers;
  readonly checks: TypingChecks;
  readonly fromPanel: FromPanel;
  readonly drafts: CoachDrafts;
  readonly guard: SaveGuard | null;
  /** Findings dismissed for this note, by dismissKey. */
  readonly dismissed: Set<string>;
  readonly findings: ShownFinding[];
  /** The text the shown findings were computed on: their spans index into it. */
  readonly checkedText: string;
  /** The coach changes the note for the case manager: no longer untouched, and checked at once. */
  write<T>(change: () => T): T;
  render(): void;
}

export function coachActions(c: Acted): CoachActions {
  /** Re-renders, then gives the note back the focus. */
  const rendered = () => {
    c.render();
    c.o.editor.note.focus();
  };
  return {
      togglePanel: () => safely(() => c.surface.togglePanel()),
      openPanel: () => {
        c.pop.closeCard();
        if (!c.pop.panelOpen) c.surface.togglePanel();
      },
      closeCard: () => c.pop.closeCard(),
      dismiss: (finding) =>
        safely(() => {
          c.dismissed.add(dismissKey(finding));
          c.pop.card = null;
          c.checks.run();
          c.o.editor.note.focus();
        }),
      pointerEntered: () => c.pop.pointerEntered(),
      pointerLeft: () => c.pop.pointerLeft(),
      answerContact: (channel) => c.fromPanel.edit((edits) => edits.answerContact(channel)),
      dismissQuestion: () =>
        safely(() => {
          c.fromPanel.question?.dismiss();
          rendered();
        }),
      focusNote: () => c.o.editor.note.focus(),
      panel: {
        onClose: () => c.surface.closePanel(),
        onSelectSpan: (start, end) => {
          // Spans are the last check's: typed since, they are found again by the words they held then.
          const span = currentSpan(c.o.editor.note.text(), start, end, c.checkedText.slice(start, end));
          if (span) c.o.editor.note.select(span.start, span.end);
        },
        onInsertText: (at, text) =>
          safely(() =>
            c.write(() => {
              c.o.editor.note.replaceRange(at, at, text);
              c.pop.closeCard();
            }),
          ),
        onInsertTemplate: (t) => c.fromPanel.edit((edits) => edits.insertTemplate(t)),
        onUseTemplate: (id) => {
          c.pop.closeCard();
          c.fromPanel.edit((edits) => {
            const t = edits.template(id);
            if (t) edits.insertTemplate(t);
          });
        },
        // Whatever was in the field stays in undo history (Ctrl+Z brings it back).
        onRestoreDraft: (visit) => safely(() => c.write(() => c.drafts.restore(visit))),
        onDiscardDraft: (visit) => {
          c.drafts.discard(visit);
          rendered();
        },
        onSaveAnyway: () =>
          safely(() => {
            if (!c.guard) return;
            c.guard.saveAnyway();
            c.render();
          }),
        onKeepEditing: () => {
          c.guard?.release();
          c.render();
          const first = firstErrorSpan(c.findings);
          if (first) c.o.editor.note.select(first.start, first.end);
          else c.o.editor.note.focus();
        },
      },
  };
}
