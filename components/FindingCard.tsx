import type { NoteTemplate } from '../lib/templates/templates';
import type { ShownFinding } from './FindingList';
import { fixLabel, runFix } from './FindingList';
import { SEVERITY_ICON, SEVERITY_LABEL } from '../lib/words';

export interface FindingCardProps {
  finding: ShownFinding;
  templates: NoteTemplate[];
  /** The shortcut that moves the keyboard into the card, said in its hint. */
  shortcut: string;
  onInsertText(at: number, text: string): void;
  onUseTemplate(templateId: string): void;
  onDismiss(): void;
  onOpenPanel(): void;
  /** Closed but kept: the coach hides a card rather than remove it while one types (removing nodes splits the note's undo). */
  hidden?: boolean;
}

/** What opens on an underlined phrase: the finding, its policy, and what to do about it. */
export function FindingCard(p: FindingCardProps) {
  const f = p.finding;
  const fix = fixLabel(f, p.templates);
  return (
    <div class={`cnc-card sev-${f.severity}`} hidden={p.hidden} role="group" aria-label={`${SEVERITY_LABEL[f.severity]}: ${f.message}`} data-rule={f.rule}>
      <p class="msg">
        <span class="sev" aria-hidden="true">
          {SEVERITY_ICON[f.severity]}{' '}
        </span>
        <strong>{SEVERITY_LABEL[f.severity]}:</strong> {f.message}
      </p>
      {f.cite ? <p class="cite">Policy: {f.cite}</p> : null}
      <div class="actions">
        {fix ? (
          <button type="button" class="primary" onClick={() => runFix(f, p)}>
            {fix}
          </button>
        ) : null}
        <button type="button" onClick={p.onDismiss}>
          Dismiss for this note
        </button>
        <button type="button" onClick={p.onOpenPanel}>
          All findings
        </button>
      </div>
      <p class="hint">{p.shortcut} moves here; Esc goes back to the note.</p>
    </div>
  );
}
