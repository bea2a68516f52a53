import { Component } from 'preact';
import type { Finding } from '../lib/model';
import { findBlanks } from '../lib/templates/fill';
import type { NoteTemplate } from '../lib/templates/templates';
import { SEVERITY_ICON, SEVERITY_LABEL } from '../lib/words';

/** A finding as the coach shows it: with the id its underline carries and the words it underlines. */
export interface ShownFinding extends Finding {
  id: string;
  /** The underlined words, as typed (empty when the finding is about the note as a whole). */
  phrase: string;
}

/** The words a button names, short enough to read out. */
function quote(phrase: string): string {
  const t = phrase.replace(/\s+/g, ' ').trim();
  return `'${t.length > 40 ? `${t.slice(0, 39)}…` : t}'`;
}

/** Buttons in one list must not share a name (a screen reader's list of buttons would be useless). */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    // No name is no button: numbering it would show a button called "(2)".
    if (!n) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

interface FindingActionsProps {
  finding: ShownFinding;
  templates: NoteTemplate[];
  onInsertText(at: number, text: string): void;
  onUseTemplate(templateId: string): void;
}

/** The blank a template brings for what a finding asks for, found by the blank's own words. */
const PIECE: Record<string, RegExp> = {
  'progress-missing': /progress|attendance|grades|hours/i,
  'third-party-insufficient': /progress|attendance|grades|hours/i,
  'justification-missing': /continu|justif/i,
  'next-step-missing': /next step/i,
  'mn-record-review': /review|record|ISS\b/i,
};

/**
 * What a template brings for this finding, said in its button's name: several findings often offer
 * one template (no progress, no justification), and a screen reader's list of buttons must tell them apart.
 */
function templateAdds(f: Finding, t: NoteTemplate): string {
  const piece = PIECE[f.rule];
  const blank = piece ? findBlanks(t.body).find((b) => piece.test(b.label)) : undefined;
  if (blank) return `, with a blank for ${blank.label}`;
  if (f.rule === 'contact-type-missing') return ', which says how you reached them';
  if (f.rule === 'not-substantive') return ', with blanks for what happened';
  return '';
}

/** The fix a finding offers, as a button: insert the missing piece, or a template (named by what it adds). */
export function fixLabel(f: Finding, templates: NoteTemplate[]): string | null {
  if (f.fix?.kind === 'insert-text') return `Insert ${quote(f.fix.text)}`;
  if (f.fix?.kind === 'use-template') {
    const id = f.fix.templateId;
    const t = templates.find((x) => x.id === id);
    return t ? `Use template: ${t.label}${templateAdds(f, t)}` : null;
  }
  return null;
}

export function runFix(f: Finding, p: Pick<FindingActionsProps, 'onInsertText' | 'onUseTemplate'>): void {
  if (f.fix?.kind === 'insert-text') p.onInsertText(f.fix.at, f.fix.text);
  else if (f.fix?.kind === 'use-template') p.onUseTemplate(f.fix.templateId);
}

interface FindingListProps {
  findings: ShownFinding[];
  templates: NoteTemplate[];
  onSelect(finding: ShownFinding): void;
  onInsertText(at: number, text: string): void;
  onUseTemplate(templateId: string): void;
}

/**
 * Rows are kept, not removed, while the list is shown: Chromium ends the
 * note's typing undo step whenever a node is removed anywhere in the
 * document, so a finding going away as the case manager types would split
 * one Ctrl+Z in two. Rows past the current findings are hidden and empty
 * (high-water mark), and every row has the same nodes, its parts hidden
 * when unused; only text and attributes change.
 */
export class FindingList extends Component<FindingListProps> {
  /**
   * The high-water mark, kept on the instance: a class rather than a function with useRef, so the
   * note frame carries no Preact hooks at all (this and the panel's guard were their only users there).
   */
  private rows = 0;

  render() {
    const { findings, templates, onSelect, onInsertText, onUseTemplate } = this.props;
    this.rows = Math.max(this.rows, findings.length);
    const rows = this.rows;
    const showNames = uniqueNames(findings.map((f) => (f.phrase ? `Show ${quote(f.phrase)} in note` : '')));
    const fixNames = uniqueNames(findings.map((f) => fixLabel(f, templates) ?? ''));
    return (
      <ul class="findings" hidden={!findings.length}>
        {Array.from({ length: rows }, (_, i) => {
          const f = findings[i];
          const canShow = Boolean(f?.phrase && f.start !== undefined && f.end !== undefined);
          return (
            <li key={i} class={f ? `finding finding-${f.severity}` : 'finding'} data-rule={f?.rule} hidden={!f}>
              <span class="sev" aria-hidden="true">
                {f ? SEVERITY_ICON[f.severity] : ''}
              </span>
              <div class="body">
                <p class="msg">
                  <strong>{f ? SEVERITY_LABEL[f.severity] : ''}:</strong> {f?.message ?? ''}
                </p>
                <p class="cite" hidden={!f?.cite}>
                  Policy: {f?.cite ?? ''}
                </p>
                <div class="actions">
                  <button type="button" hidden={!canShow} onClick={() => f && onSelect(f)}>
                    {canShow ? showNames[i] : ''}
                  </button>
                  <button type="button" hidden={!fixNames[i]} onClick={() => f && runFix(f, { onInsertText, onUseTemplate })}>
                    {fixNames[i] ?? ''}
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    );
  }
}
