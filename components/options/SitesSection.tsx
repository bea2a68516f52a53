import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { Settings } from '../../lib/settings';
import { PlatformSites } from '../PlatformSites';
import { LockNote, type SetMessage } from './common';

/** Other case-management sites: from the list of known systems, or by address pattern; each asks the browser for access first. */
export function SitesSection(p: {
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
