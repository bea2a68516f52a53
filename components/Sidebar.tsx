import { Component } from 'preact';
import type { Finding, NoteVerdict } from '../lib/model';
import type { NoteTemplate } from '../lib/templates/templates';
import { FindingList } from './FindingList';
import type { ShownFinding } from './FindingList';
import { plural } from '../lib/words';
import { TemplatePicker } from './TemplatePicker';
import { ParticipantStatus } from './ParticipantStatus';
import { VerdictReason } from './VerdictReason';
import type { ParticipantStatusView, SystemWordsOf } from './ParticipantStatus';
import type { ContactQuestionProps } from './ContactQuestion';
import panelCss from './panel.css?inline';
import { DraftOffers } from './DraftOffers';
import type { OfferedDraft } from '../lib/drafts/offer';

export interface SidebarProps {
  /** null while the checker is unavailable: the sidebar then shows no warnings, never a broken page. */
  verdict: NoteVerdict | null;
  /** What is flagged now: the verdict's findings and unfilled blanks, less those dismissed for this note. */
  findings: ShownFinding[];
  /** Nothing typed yet: nothing is flagged (the guard at Save still checks). */
  quiet: boolean;
  status: ParticipantStatusView | null;
  /** The systems' words for their pages (the participant status says where each fact was read). */
  systemOf: SystemWordsOf;
  /** Things the page reader couldn't read, said plainly instead of guessed. */
  problems: string[];
  templates: NoteTemplate[];
  /** Kept drafts on offer, newest first. */
  drafts: OfferedDraft[];
  /** Set when the case manager pressed Save with errors outstanding. */
  guard: boolean;
  /** The save is held because its check did not answer in time, not for errors found. */
  guardUnchecked?: boolean;
  shortcut: string;
  /** What the page was read as, e.g. "Toolbox · note editor · participant 100234". */
  pageInfo: string;
  /** "Did you reach the participant?" under the verdict (absent: never asked, e.g. outside the coach). */
  contactQuestion?: ContactQuestionProps | undefined;
  onClose(): void;
  onSelectSpan(start: number, end: number): void;
  onInsertText(at: number, text: string): void;
  onInsertTemplate(template: NoteTemplate): void;
  onUseTemplate(templateId: string): void;
  onRestoreDraft(visit: string): void;
  onDiscardDraft(visit: string): void;
  onSaveAnyway(): void;
  onKeepEditing(): void;
}

/** `findings` includes the blanks (rule "template-blank"); they are counted as blanks, not errors. */
function countSummary(all: Finding[]): string {
  const blanks = all.filter((f) => f.rule === 'template-blank').length;
  const findings = all.filter((f) => f.rule !== 'template-blank');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const toFix = errors + warnings + blanks;
  if (!toFix) return 'Ready to save: no problems found.';
  const parts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning'), blanks && plural(blanks, 'blank')].filter(Boolean);
  return `${plural(toFix, 'issue')} to fix: ${parts.join(', ')}.`;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export class Sidebar extends Component<SidebarProps> {
  /** Once shown, the guard stays in the DOM, hidden (see FindingList); kept on the instance, so the note frame needs no Preact hooks. */
  private shownGuard = false;

  render() {
    const { props } = this;
    this.shownGuard ||= props.guard;
    const all = [...props.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    const blanks = all.filter((f) => f.rule === 'template-blank').length;
    const summary = !props.verdict
      ? `Checking is unavailable on this page; your note is unaffected.${blanks && !props.quiet ? ` ${plural(blanks, 'blank')} to fill.` : ''}`
      : props.quiet
        ? 'Start typing: the note is checked as you write.'
        : countSummary(all);
    return (
      <aside class="cnc-sidebar" aria-label="Case Note Coach">
        {/* Its own look comes with it (panel.js), in the coach's shadow root: the note frame's script does not carry it. */}
        <style>{panelCss}</style>
        <header>
          <h2>Case Note Coach</h2>
          <button type="button" class="close" onClick={props.onClose} title={`Close (Esc or ${props.shortcut})`}>
            Close
          </button>
        </header>
        <p role="status" class="count">
          {summary}
        </p>
        {/* Slot: the verdict and its reason go here. */}
        <div class="content">
          {/* Hidden, not removed, when the errors are fixed as the note is typed (see FindingList). */}
          {props.guard || this.shownGuard ? (
            <div class="guard" role="alertdialog" aria-labelledby="cnc-guard-title" hidden={!props.guard}>
              <p id="cnc-guard-title">
                {props.guardUnchecked ? (
                  <>
                    <strong>This note could not be checked just now.</strong> Save it as it is, or press Save again in a moment to have it checked
                  </>
                ) : (
                  <>
                    <strong>This note still has problems.</strong> Fix them now, or save it as it is
                  </>
                )}{' '}
                — your text is saved exactly as typed.
              </p>
              <div class="actions">
                <button type="button" class="primary" onClick={props.onKeepEditing}>
                  {props.guardUnchecked ? 'Back to the note' : 'Fix the note'}
                </button>
                <button type="button" onClick={props.onSaveAnyway}>
                  Save anyway
                </button>
              </div>
            </div>
          ) : null}
          <DraftOffers drafts={props.drafts} onRestore={props.onRestoreDraft} onDiscard={props.onDiscardDraft} />
          {props.verdict && !props.quiet ? <VerdictReason verdict={props.verdict} onSelectSpan={props.onSelectSpan} question={props.contactQuestion} /> : null}
          <FindingList
            findings={props.quiet ? [] : all}
            templates={props.templates}
            onSelect={(f) => f.start !== undefined && f.end !== undefined && props.onSelectSpan(f.start, f.end)}
            onInsertText={props.onInsertText}
            onUseTemplate={props.onUseTemplate}
          />
          {props.problems.length ? (
            <ul class="problems" aria-label="What couldn't be read">
              {props.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <ParticipantStatus status={props.status} systemOf={props.systemOf} />
          <TemplatePicker templates={props.templates} onInsert={props.onInsertTemplate} />
          <p class="page-info">Read as: {props.pageInfo}</p>
        </div>
      </aside>
    );
  }
}
