import { useState } from 'preact/hooks';
import { SEVERITY_LABEL } from './format';
import type { TargetedEvent } from 'preact';
import type { PackId } from '../lib/packs';
import type { RuleOverride, SettingKey, Settings, SettingsChange } from '../lib/settings';
import { templateSchema } from '../lib/templates';
import type { NoteTemplate } from '../lib/templates';
import { downloadText } from './download';
import { PlatformSites } from './PlatformSites';

export interface RuleInfo {
  id: string;
  title: string;
  severity: 'error' | 'warning' | 'info';
}

export interface OptionsProps {
  settings: Settings;
  locked: SettingKey[];
  problems: string[];
  rules: RuleInfo[];
  packs: { id: PackId; name: string }[];
  /** Saves a change; resolves to an error message, or null when saved. */
  onChange(patch: SettingsChange): Promise<string | null>;
  validateSitePattern(pattern: string): string | null;
  /** Asks the browser for access to a custom site; false when the user said no. */
  onRequestSite(pattern: string): Promise<boolean>;
  onExport(): Promise<string>;
  onImport(text: string): Promise<string[]>;
  onForgetAll(): Promise<void>;
}

function ErrorList({ errors }: { errors: string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="msg error" role="alert">
      {errors.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

function LockNote({ locked }: { locked: boolean }) {
  return locked ? <span class="locked"> (set by your agency)</span> : null;
}

function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

export function Options(props: OptionsProps) {
  const { settings, locked } = props;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const isLocked = (k: SettingKey) => locked.includes(k);

  async function save(patch: SettingsChange) {
    let error: string | null;
    try {
      error = await props.onChange(patch);
    } catch (e) {
      // The background did not answer (restarting, or the extension was updated): say so, never fail silently.
      error = `Case Note Coach did not answer (${e instanceof Error ? e.message : String(e)}). Reload this page and try again.`;
    }
    setMessage(error ? { text: error, error: true } : { text: 'Saved.', error: false });
  }

  return (
    <main class="options">
      <h1>Case Note Coach settings</h1>
      <p role="status" class={message?.error ? 'msg error' : 'msg'}>
        {message ? (message.error ? `Not saved: ${message.text}` : message.text) : ''}
      </p>
      {props.problems.map((p) => (
        <p key={p} class="msg error">
          {p}
        </p>
      ))}

      <section aria-labelledby="policy-h">
        <h2 id="policy-h">Policy</h2>
        <p class="hint">
          Toolbox and MoJobs pages always use the Missouri pack and Workforce One pages the Minnesota pack. Another state's Virtual
          OneStop or America's JobLink gets the WIOA baseline unless you choose a pack here: a starting point to adjust, not your
          state's policy.
        </p>
        <label>
          Policy pack for other sites
          <LockNote locked={isLocked('pack')} />
          <select
            value={settings.pack ?? ''}
            disabled={isLocked('pack')}
            onChange={(e) => save({ pack: ((e.currentTarget as HTMLSelectElement).value || null) as PackId | null })}
          >
            <option value="">None chosen: WIOA baseline on other states' Virtual OneStop and JobLink, Missouri elsewhere</option>
            {props.packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label="Local contact interval in days (blank: the pack's own)"
          value={settings.intervalDays}
          locked={isLocked('intervalDays')}
          onSave={(v) => save({ intervalDays: v })}
        />
        <NumberField label="Show as due soon within (days)" value={settings.dueSoonDays} locked={isLocked('dueSoonDays')} onSave={(v) => save({ dueSoonDays: v ?? 0 })} />
      </section>

      <section aria-labelledby="rules-h">
        <h2 id="rules-h">Checks</h2>
        <LockNote locked={isLocked('ruleOverrides')} />
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Shown as</th>
            </tr>
          </thead>
          <tbody>
            {props.rules.map((r) => (
              <tr key={r.id}>
                <td>
                  <label for={`rule-${r.id}`}>{r.title}</label> <code>{r.id}</code>
                </td>
                <td>
                  <select
                    id={`rule-${r.id}`}
                    disabled={isLocked('ruleOverrides')}
                    value={settings.ruleOverrides[r.id] ?? 'default'}
                    onChange={(e) => {
                      const v = (e.currentTarget as HTMLSelectElement).value;
                      // Only this rule: the background merges it, so a quick change to another rule is kept too.
                      void save({ ruleOverrides: { [r.id]: v === 'default' ? null : (v as RuleOverride) } });
                    }}
                  >
                    <option value="default">Default ({SEVERITY_LABEL[r.severity]})</option>
                    <option value="error">Error</option>
                    <option value="warning">Warning</option>
                    <option value="info">Reminder</option>
                    <option value="off">Off</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <TemplatesSection templates={settings.templates} locked={isLocked('templates')} onSave={(templates) => save({ templates })} />

      <SitesSection
        sites={settings.customSites}
        locked={isLocked('customSites')}
        validate={props.validateSitePattern}
        onRequest={props.onRequestSite}
        onSave={(customSites) => save({ customSites })}
        onMessage={setMessage}
      />

      <section aria-labelledby="data-h">
        <h2 id="data-h">Data on this computer</h2>
        <NumberField
          label="Forget participants not seen for (days; blank keeps them)"
          value={settings.retentionDays}
          locked={isLocked('retentionDays')}
          onSave={(v) => save({ retentionDays: v })}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={settings.notifications}
            disabled={isLocked('notifications')}
            onChange={(e) => save({ notifications: (e.currentTarget as HTMLInputElement).checked })}
          />
          Show one notification a day when participants are overdue
          <LockNote locked={isLocked('notifications')} />
        </label>
        <ImportExport onExport={props.onExport} onImport={props.onImport} onMessage={setMessage} />
        <ForgetAll onForgetAll={props.onForgetAll} onMessage={setMessage} />
      </section>
    </main>
  );
}

function NumberField(p: { label: string; value: number | null; locked: boolean; onSave(v: number | null): void }) {
  return (
    <label>
      {p.label}
      <LockNote locked={p.locked} />
      <input
        type="number"
        inputMode="numeric"
        value={p.value ?? ''}
        disabled={p.locked}
        onChange={(e) => p.onSave(numberOrNull((e.currentTarget as HTMLInputElement).value))}
      />
    </label>
  );
}

type SetMessage = (m: { text: string; error: boolean } | null) => void;

function TemplatesSection(p: { templates: NoteTemplate[]; locked: boolean; onSave(t: NoteTemplate[]): void }) {
  const empty = { id: '', label: '', body: '' };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<string[]>([]);
  const submit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = templateSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
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

function SitesSection(p: {
  sites: Settings['customSites'];
  locked: boolean;
  validate(pattern: string): string | null;
  onRequest(pattern: string): Promise<boolean>;
  onSave(sites: Settings['customSites']): void;
  onMessage: SetMessage;
}) {
  const [pattern, setPattern] = useState('');
  const [note, setNote] = useState('');
  const add = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problem = p.validate(pattern.trim());
    if (problem) return p.onMessage({ text: problem, error: true });
    // The browser asks the user for this one origin only, at this moment.
    if (!(await p.onRequest(pattern.trim()))) return p.onMessage({ text: 'Access to that site was not granted.', error: true });
    p.onSave([...p.sites, { pattern: pattern.trim(), ...(note.trim() ? { selectors: { note: note.trim() } } : {}) }]);
    setPattern('');
    setNote('');
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Other case-management sites</h2>
      <LockNote locked={p.locked} />
      <p class="hint">Toolbox, Workforce One and MoJobs work out of the box. Add another system by its address pattern, e.g. https://vos.example.gov/*.</p>
      <PlatformSites
        added={p.sites.map((s) => s.pattern)}
        locked={p.locked}
        onRequest={p.onRequest}
        onAdd={(site) => p.onSave([...p.sites, { pattern: site.pattern, label: site.label }])}
        onMessage={p.onMessage}
      />
      <ul>
        {p.sites.map((s) => (
          <li key={s.pattern}>
            <code>{s.pattern}</code>{' '}
            <button type="button" disabled={p.locked} onClick={() => p.onSave(p.sites.filter((x) => x.pattern !== s.pattern))}>
              Remove {s.pattern}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add a site">
        <label>
          Address pattern
          <input value={pattern} disabled={p.locked} onInput={(e) => setPattern((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Note field selector (optional)
          <input value={note} disabled={p.locked} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={p.locked}>
          Add site
        </button>
      </form>
    </section>
  );
}

function ImportExport(p: { onExport(): Promise<string>; onImport(text: string): Promise<string[]>; onMessage: SetMessage }) {
  const [errors, setErrors] = useState<string[]>([]);
  const doExport = async () => {
    downloadText('case-note-coach-settings.json', await p.onExport(), 'application/json');
  };
  const doImport = async (e: TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    const problems = await p.onImport(await file.text());
    setErrors(problems);
    p.onMessage(problems.length ? { text: 'the file was not imported; nothing was changed.', error: true } : { text: 'Settings imported.', error: false });
  };
  return (
    <div class="io">
      <button type="button" onClick={doExport}>
        Export settings and templates
      </button>
      <label>
        Import settings (JSON)
        <input type="file" accept="application/json,.json" onChange={doImport} />
      </label>
      <ErrorList errors={errors} />
    </div>
  );
}

function ForgetAll(p: { onForgetAll(): Promise<void>; onMessage: SetMessage }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Forget all participant data…
      </button>
    );
  return (
    <div role="alertdialog" aria-labelledby="forget-q" class="confirm">
      <p id="forget-q">Delete every participant, contact and unsaved draft kept on this computer? Settings stay.</p>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          await p.onForgetAll();
          setConfirming(false);
          p.onMessage({ text: 'All participant data on this computer was deleted.', error: false });
        }}
      >
        Yes, forget everything
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
