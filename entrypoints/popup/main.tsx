/**
 * The toolbar popup: who needs a contact, most overdue first. Data comes from
 * the background; a click opens the participant's page in the state system.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { FIRST_ROWS, OverdueList } from '../../components/OverdueList';
import { downloadText } from '../../components/download';
import { NoContactList } from '../../components/NoContactList';
import { SiteAccess, type SiteWithoutAccess } from '../../components/SiteAccess';
import { BUILT_IN_SITES } from '../../lib/systems';
import { openableLink } from '../../lib/adapters/links';
import { makeClient } from '../../lib/messages';
import type { ExtensionRequest, Response } from '../../lib/messages';
import { CASELOAD_VERSION_KEY } from '../../lib/settings';
import './popup.css';

// The extension-page channel: only our own pages may ask for the caseload and settings (lib/gate.ts).
const send = makeClient<ExtensionRequest>((message) => browser.runtime.sendMessage(message));

/** The most overdue first, then the whole list (search and "show more"). */
function loadDue(head: Promise<Response<'list-due'>>, show: (d: Response<'list-due'>) => void): Promise<void> {
  return head.then((first) => {
    show(first);
    if (first.items.length < first.dueCount) return send({ kind: 'list-due' }).then(show);
  });
}
const firstRows = () => send({ kind: 'list-due', limit: FIRST_ROWS });

// Asked for as soon as the script runs, while the page is still being rendered.
let early: Promise<Response<'list-due'>> | null = firstRows();
// A failure is shown once the popup has mounted (loadDue's catch); until then it is not "unhandled".
early.catch(() => undefined);

/** The sites whose pages the popup may open: the build's own and the user's. */
const linkSites: Promise<readonly string[]> = (() => {
  const own = browser.runtime.getManifest().host_permissions ?? [];
  return send({ kind: 'settings-get' }).then(
    ({ settings }) => [...own, ...settings.customSites.map((s) => s.pattern)],
    () => own,
  );
})();

/** Built-in systems this build declares but the browser has not granted (Firefox lets users withhold them). */
async function sitesWithoutAccess(): Promise<SiteWithoutAccess[]> {
  const declared = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const missing: SiteWithoutAccess[] = [];
  for (const site of BUILT_IN_SITES) {
    const origins = site.matches.filter((m) => declared.has(m));
    if (origins.length && !(await browser.permissions.contains({ origins }).catch(() => true))) missing.push({ label: site.label, origins });
  }
  return missing;
}

function Popup() {
  const [missing, setMissing] = useState<SiteWithoutAccess[]>([]);
  useEffect(() => {
    void sitesWithoutAccess().then(setMissing);
  }, []);
  // Called straight from the click: Firefox asks only within the user's gesture.
  const allow = () =>
    void browser.permissions
      .request({ origins: missing.flatMap((s) => s.origins) })
      .catch(() => false)
      .then(() => sitesWithoutAccess().then(setMissing));

  const [data, setData] = useState<Response<'list-due'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const show = (d: Response<'list-due'>) => {
      setData(d);
      setError(null);
    };
    const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
    const load = () => {
      const head = early ?? firstRows();
      early = null;
      return loadDue(head, show).catch(fail);
    };
    void load();
    // The list follows the caseload while the popup is open.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CASELOAD_VERSION_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const openOptions = (hash = '') => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    window.close();
  };

  // Links are checked again here, whatever is stored: only pages of the sites the extension runs on,
  // never javascript:, data:, file: or a look-alike address (lib/adapters/links.ts).
  const [sites, setSites] = useState<readonly string[] | null>(null);
  useEffect(() => void linkSites.then(setSites), []);
  const canOpen = (p: { url: string | null }) => sites === null || openableLink(p.url, sites) !== null;
  const open = (p: { url: string | null }) =>
    void linkSites.then((known) => {
      const url = openableLink(p.url, known);
      if (url) void browser.tabs.create({ url });
    });

  return (
    <main>
      <header>
        <h1>Contacts due</h1>
        <button type="button" onClick={() => openOptions()}>
          Settings
        </button>
      </header>
      <SiteAccess missing={missing} onAllow={allow} />
      {error ? <p role="alert">Couldn't load your caseload: {error}</p> : null}
      {!data && !error ? <p role="status">Loading your caseload…</p> : null}
      {data ? (
        <>
          {data.pageNotices.map((notice) => (
            <p class="note" role="status" key={notice}>
              {notice}
            </p>
          ))}
          <OverdueList items={data.items} caseloadSize={data.total} counts={{ due: data.dueCount, overdue: data.overdueCount }} onOpen={open} canOpen={canOpen} onImport={() => openOptions('#import')} />
          <NoContactList items={data.noContact} count={data.noContactCount} onOpen={open} canOpen={canOpen} />
          {data.unreadable ? (
            <p class="note">
              {data.unreadable} stored record{data.unreadable === 1 ? '' : 's'} could not be read and {data.unreadable === 1 ? 'is' : 'are'} left out.
            </p>
          ) : null}
          {data.items.length ? (
            <button
              type="button"
              onClick={() =>
                void send({ kind: 'caseload-export' }).then(({ csv }) => downloadText('contacts-due.csv', csv, 'text/csv'))
              }
            >
              Export this list (CSV)
            </button>
          ) : null}
          <p class="note">Everything shown here stays on this computer.</p>
        </>
      ) : null}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
