import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { sitePatternFrom } from '../../lib/adapters/custom-site';
import type { Settings } from '../../lib/settings';
import { PlatformSites } from '../PlatformSites';
import { LockNote, type SetMessage } from './common';

type Field = 'note' | 'contactType' | 'date' | 'submit';
const FIELDS: [Field, string][] = [
  ['note', 'Note field'],
  ['contactType', 'Contact type'],
  ['date', 'Contact date'],
  ['submit', 'Save button'],
];
const NO_FIELDS: Record<Field, string> = { note: '', contactType: '', date: '', submit: '' };

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
  const [fields, setFields] = useState<Record<Field, string>>(NO_FIELDS);
  const add = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    // A pasted page address stands for its whole site.
    const site = sitePatternFrom(pattern);
    const problem = p.validate(site);
    if (problem) return p.onMessage({ text: problem, error: true });
    // The browser asks the user for this one origin only, at this moment.
    if (!(await p.onRequest(site))) return p.onMessage({ text: 'Access to that site was not granted.', error: true });
    const selectors = Object.fromEntries(FIELDS.flatMap(([key]) => (fields[key].trim() ? [[key, fields[key].trim()]] : [])));
    p.onSave([...p.sites, { pattern: site, ...(Object.keys(selectors).length ? { selectors } : {}) }]);
    setPattern('');
    setFields(NO_FIELDS);
  };
  return (
    <section id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">Other case-management sites</h2>
      <LockNote locked={p.locked} />
      <p class="hint">
        Toolbox, Workforce One and MoJobs work out of the box. For another state's Virtual OneStop or America's JobLink, pick it below; for any
        other system, paste the address of a page where you write case notes (or a pattern, e.g. https://vos.example.gov/*) and the browser asks
        you to allow that one site. Then reload that system's page: the coach finds the note box, contact type, date and Save by their labels.
      </p>
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
          Site address (a page of the system, or a pattern)
          <input value={pattern} disabled={p.locked} onInput={(e) => setPattern((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <details>
          <summary>Field selectors (optional, for your agency's IT)</summary>
          <p class="hint">Only if the coach picks the wrong box: CSS selectors for the note form's fields, which win over its guesses.</p>
          {FIELDS.map(([key, label]) => (
            <label key={key}>
              {label} selector (optional)
              <input value={fields[key]} disabled={p.locked} onInput={(e) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value })} />
            </label>
          ))}
        </details>
        <button type="submit" disabled={p.locked}>
          Add site
        </button>
      </form>
    </section>
  );
}
