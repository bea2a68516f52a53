/**
 * The options page: one file per section (policy, checks, templates, sites,
 * data), composed here with the one save path and the status line they share.
 */
import { useRef, useState } from 'preact/hooks';
import type { PackId } from '../../lib/packs';
import type { SettingKey, Settings, SettingsChange } from '../../lib/settings';
import { DataSection } from './DataSection';
import { PolicySection } from './PolicySection';
import { RulesSection, type RuleInfo } from './RulesSection';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';

interface OptionsProps {
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

/** Each section's heading (its id, its words): the links at the top of the page. */
const SECTIONS = [
  ['#policy-h', 'Policy'],
  ['#rules-h', 'Checks'],
  ['#tpl-h', 'Your templates'],
  ['#sites-h', 'Other case-management sites'],
  ['#data-h', 'Data on this computer'],
  ['#import-h', 'Import a caseload export (CSV)'],
] as const;

export function Options(props: OptionsProps) {
  const { settings, locked } = props;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const isLocked = (k: SettingKey) => locked.includes(k);

  const latestSave = useRef(0);

  async function save(patch: SettingsChange) {
    // Said at once: on a browser just started, a change waits seconds for its first read of agency policy.
    const asked = ++latestSave.current;
    setMessage({ text: 'Saving…', error: false });
    let error: string | null;
    try {
      error = await props.onChange(patch);
    } catch (e) {
      // The background did not answer (restarting, or the extension was updated): say so, never fail silently.
      error = `Case Note Coach did not answer (${e instanceof Error ? e.message : String(e)}). Reload this page and try again.`;
    }
    // A newer change still on its way says its own "Saved."; a refusal is said whatever came after it.
    if (error) setMessage({ text: error, error: true });
    else if (asked === latestSave.current) setMessage({ text: 'Saved.', error: false });
  }
  const change = (patch: SettingsChange) => void save(patch);

  return (
    <main class="options">
      <h1>Case Note Coach settings</h1>
      {/* A long page: by keyboard each section is a link away, not dozens of Tab presses (the import is last). */}
      <nav aria-label="Sections of this page">
        <ul class="sections">
          {SECTIONS.map(([href, name]) => (
            <li key={href}>
              <a href={href}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" class={message?.error ? 'msg error' : 'msg'}>
        {message ? (message.error ? `Not saved: ${message.text}` : message.text) : ''}
      </p>
      {props.problems.map((p) => (
        <p key={p} class="msg error">
          {p}
        </p>
      ))}
      <PolicySection settings={settings} packs={props.packs} isLocked={isLocked} save={change} />
      <RulesSection rules={props.rules} overrides={settings.ruleOverrides} locked={isLocked('ruleOverrides')} save={change} />
      <TemplatesSection templates={settings.templates} locked={isLocked('templates')} onSave={(templates) => change({ templates })} />
      <SitesSection
        sites={settings.customSites}
        locked={isLocked('customSites')}
        validate={props.validateSitePattern}
        onRequest={props.onRequestSite}
        onSave={(customSites) => change({ customSites })}
        onMessage={setMessage}
      />
      <DataSection
        settings={settings}
        isLocked={isLocked}
        save={change}
        onExport={props.onExport}
        onImport={props.onImport}
        onForgetAll={props.onForgetAll}
        onMessage={setMessage}
      />
    </main>
  );
}
