import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { templateSchema } from '../../lib/templates/templates';
import type { NoteTemplate } from '../../lib/templates/templates';
import { ErrorList, LockNote } from './common';
import { zodIssues } from '../../lib/zod-errors';

/** The case manager's own templates: listed, edited, deleted; a new one is checked before it is saved. */
export function TemplatesSection(p: { templates: NoteTemplate[]; locked: boolean; onSave(t: NoteTemplate[]): void }) {
  const empty = { id: '', label: '', body: '' };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<string[]>([]);
  const submit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    // Editing keeps what the form does not show (the contact type the template fills in, its party, its packs).
    const before = p.templates.find((t) => t.id === draft.id);
    const parsed = templateSchema.safeParse(before ? { ...before, ...draft } : draft);
    if (!parsed.success) {
      setErrors(zodIssues(parsed.error, 'template'));
      return;
    }
    setErrors([]);
    p.onSave([...p.templates.filter((t) => t.id !== parsed.data.id), parsed.data]);
    setDraft(empty);
  };
  return (
    <section aria-labelledby="tpl-h">
      <h2 id="tpl-h">Your templates</h2>
      <LockNote locked={p.locked} />
      <p class="hint">
        Use {'{{participantName}}'}, {'{{activity}}'} and {'{{date}}'} for what the page knows, and [[a label]] for a blank to fill in.
        A template with the id of a built-in one replaces it.
      </p>
      <ul>
        {p.templates.map((t) => (
          <li key={t.id}>
            <strong>{t.label}</strong> <code>{t.id}</code>{' '}
            <button type="button" disabled={p.locked} onClick={() => setDraft({ id: t.id, label: t.label, body: t.body })}>
              Edit
            </button>{' '}
            <button type="button" disabled={p.locked} onClick={() => p.onSave(p.templates.filter((x) => x.id !== t.id))}>
              Delete {t.label}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} aria-label="Add or edit a template">
        <label>
          Id
          <input value={draft.id} disabled={p.locked} onInput={(e) => setDraft({ ...draft, id: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          Name
          <input value={draft.label} disabled={p.locked} onInput={(e) => setDraft({ ...draft, label: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          Text
          <textarea rows={5} value={draft.body} disabled={p.locked} onInput={(e) => setDraft({ ...draft, body: (e.currentTarget as HTMLTextAreaElement).value })} />
        </label>
        <ErrorList errors={errors} />
        <button type="submit" disabled={p.locked}>
          Save template
        </button>
      </form>
    </section>
  );
}
