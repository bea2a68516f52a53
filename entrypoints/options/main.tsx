/** The options page's shell: components/options/OptionsPage.tsx over the extension-page channel. */
import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '../../components/options/OptionsPage';
import { makeClient, type ExtensionRequest } from '../../lib/messages';
import './options.css';

// The extension-page channel: only our own pages may ask for the caseload and settings (lib/gate.ts).
const send = makeClient<ExtensionRequest>((message) => browser.runtime.sendMessage(message));
const requestSite = (pattern: string) => browser.permissions.request({ origins: [pattern] });

const root = document.getElementById('app');
if (root) render(<OptionsPage send={send} requestSite={requestSite} />, root);
