/** The options page's shell: components/options/OptionsPage.tsx over the extension-page channel. */
import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '../../components/options/OptionsPage';
import { makeClient, type ExtensionRequest } from '../../lib/messages';
import { EFFECTIVE_SETTINGS_KEY, MANAGED_SNAPSHOT_KEY } from '../../lib/settings';
import './options.css';

// The extension-page channel: only our own pages may ask for the caseload and settings (lib/gate/).
const send = makeClient<ExtensionRequest>((message) => browser.runtime.sendMessage(message));
const requestSite = (pattern: string) => browser.permissions.request({ origins: [pattern] });

// The background writes the policy snapshot when a managed read arrives, and the settings in force when they change.
const onSettingsChanged = (reload: () => void) => {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (MANAGED_SNAPSHOT_KEY in changes || EFFECTIVE_SETTINGS_KEY in changes)) reload();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
};

const root = document.getElementById('app');
if (root) render(<OptionsPage send={send} requestSite={requestSite} onSettingsChanged={onSettingsChanged} />, root);
