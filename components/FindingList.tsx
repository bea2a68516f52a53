import type { Finding, Severity } from '../lib/model';

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Reminder' };
// Severity is shown by icon shape and word, never by colour alone (WCAG 1.4.1).
const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

export interface FindingListProps {
  findings: Finding[];
  onSelect(finding: Finding): void;
  onUseTemplate(templateId: string): void;
}

export function FindingList({ findings, onSelect, onUseTemplate }: FindingListProps) {
  if (!findings.length) return null;
  return (
    <ul class="findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} class={`finding finding-${f.severity}`} data-rule={f.rule}>
          <span class="sev" aria-hidden="true">
            {SEVERITY_ICON[f.severity]}
          </span>
          <div class="body">
            <p class="msg">
              <strong>{SEVERITY_LABEL[f.severity]}:</strong> {f.message}
            </p>
            {f.cite ? <p class="cite">Policy: {f.cite}</p> : null}
            <div class="actions">
              {f.start !== undefined && f.end !== undefined ? (
                <button type="button" onClick={() => onSelect(f)}>
                  Show in note
                </button>
              ) : null}
              {f.fix?.kind === 'use-template' ? (
                <button type="button" onClick={() => f.fix?.kind === 'use-template' && onUseTemplate(f.fix.templateId)}>
                  Use template
                </button>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
