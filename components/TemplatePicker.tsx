import type { NoteTemplate } from '../lib/templates/templates';

interface TemplatePickerProps {
  templates: NoteTemplate[];
  onInsert(template: NoteTemplate): void;
}

export function TemplatePicker({ templates, onInsert }: TemplatePickerProps) {
  if (!templates.length) return null;
  return (
    <details class="templates">
      <summary>Templates</summary>
      <p class="hint">Inserts at the cursor; blanks in [[brackets]] are yours to fill.</p>
      <ul>
        {templates.map((t) => (
          <li key={t.id}>
            <button type="button" data-template={t.id} onClick={() => onInsert(t)}>
              {t.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
