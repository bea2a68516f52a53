/**
 * Other states' Virtual OneStop and America's JobLink systems, one pick away:
 * choosing one asks the browser for that one address, never for every site.
 */
import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { systemOf } from '../lib/systems';
import { PLATFORM_SITES, type PlatformSite } from '../lib/systems/platform-sites';

export function PlatformSites(p: {
  added: readonly string[];
  locked: boolean;
  onRequest(pattern: string): Promise<boolean>;
  onAdd(site: PlatformSite): void;
  onMessage(m: { text: string; error: boolean }): void;
}) {
  const [choice, setChoice] = useState('');
  const offered = PLATFORM_SITES.filter((s) => !p.added.includes(s.pattern));
  const add = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const site = offered.find((s) => s.pattern === choice);
    if (!site) return p.onMessage({ text: 'Choose a state system first.', error: true });
    if (!(await p.onRequest(site.pattern))) return p.onMessage({ text: `Access to ${site.label} was not granted.`, error: true });
    p.onAdd(site);
    setChoice('');
    p.onMessage({
      error: false,
      text: `Added ${site.label}. Its notes are checked against the WIOA baseline unless you choose a pack above; set your own interval and checks.`,
    });
  };
  return (
    <form onSubmit={add} aria-label="Add a state system">
      <label>
        A state's Virtual OneStop or America's JobLink
        <select value={choice} disabled={p.locked} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Choose a state system…</option>
          {offered.map((s) => (
            <option key={s.pattern} value={s.pattern}>
              {s.state} — {s.label} ({systemOf(s.platform).label})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={p.locked}>
        Allow this system
      </button>
      <p class="hint">Public addresses of each state's system; if your staff pages are on another address, add it by pattern below.</p>
    </form>
  );
}
