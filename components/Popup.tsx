/**
 * The toolbar popup: who needs a contact, most overdue first, and the sites
 * the browser does not let the coach read. Everything it needs from the
 * browser and the background comes in as a PopupApi (entrypoints/popup/api.ts
 * builds it), so the view is tested with a fake one.
 */
import { useEffect, useState } from 'preact/hooks';
import { openableLink } from '../lib/adapters/links';
import type { Response } from '../lib/messages';
import { downloadText } from './download';
import { NoContactList } from './NoContactList';
import { OverdueList } from './OverdueList';
import { SiteAccess, type SiteWithoutAccess } from './SiteAccess';

type DueList = Response<'list-due'>;

export interface PopupApi {
  /** The most overdue rows (FIRST_ROWS of them), the first time those asked for as the popup opened. */
  firstRows(): Promise<DueList>;
  /** The whole due list. */
  listDue(): Promise<DueList>;
  exportCsv(): Promise<string>;
  /** Built-in systems the build declares and the browser has not granted. */
  sitesWithoutAccess(): Promise<SiteWithoutAccess[]>;
  /** Asks the browser for these origins; must be called straight from the click (Firefox). */
  requestAccess(origins: string[]): Promise<unknown>;
  /** The sites whose pages the popup may open: the build's own and the user's. */
  linkSites: Promise<readonly string[]>;
  openTab(url: string): void;
  openOptions(hash?: string): void;
  /** Calls back when the stored caseload changes (at once for a change since the first rows were asked for); returns the unsubscribe. */
  onCaseloadChanged(reload: () => void): () => void;
}

/** The most overdue first, then the whole list (search and "show more"); `show` may drop an answer that is out of date. */
function loadDue(api: PopupApi, show: (d: DueList) => void): Promise<void> {
  return api.firstRows().then((first) => {
    show(first);
    if (first.items.length < first.dueCount) return api.listDue().then(show);
  });
}

export function Popup({ api }: { api: PopupApi }) {
  const [missing, setMissing] = useState<SiteWithoutAccess[]>([]);
  useEffect(() => {
    void api.sitesWithoutAccess().then(setMissing);
  }, []);
  // Called straight from the click: Firefox asks only within the user's gesture.
  const allow = () =>
    void api
      .requestAccess(missing.flatMap((s) => s.origins))
      .catch(() => false)
      .then(() => api.sitesWithoutAccess().then(setMissing));

  const [data, setData] = useState<DueList | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // A reload asks again while an earlier question may still be unanswered: only the latest load's answers are shown.
    let latest = 0;
    const load = () => {
      const mine = ++latest;
      const show = (d: DueList) => {
        if (mine !== latest) return;
        setData(d);
        setError(null);
      };
      return loadDue(api, show).catch((e: unknown) => mine === latest && setError(e instanceof Error ? e.message : String(e)));
    };
    void load();
    // The list follows the caseload while the popup is open.
    return api.onCaseloadChanged(() => void load());
  }, []);

  // Links are checked again here, whatever is stored: only pages of the sites the extension runs on,
  // never javascript:, data:, file: or a look-alike address (lib/adapters/links.ts).
  const [sites, setSites] = useState<readonly string[] | null>(null);
  useEffect(() => void api.linkSites.then(setSites), []);
  const canOpen = (p: { url: string | null }) => sites === null || openableLink(p.url, sites) !== null;
  const open = (p: { url: string | null }) =>
    void api.linkSites.then((known) => {
      const url = openableLink(p.url, known);
      if (url) api.openTab(url);
    });

  return (
    <main>
      <header>
        <h1>Contacts due</h1>
        <button type="button" onClick={() => api.openOptions()}>
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
          <OverdueList items={data.items} caseloadSize={data.total} counts={{ due: data.dueCount, overdue: data.overdueCount, softExited: data.softExitedCount }} onOpen={open} canOpen={canOpen} onImport={() => api.openOptions('#import')} />
          <NoContactList items={data.noContact} count={data.noContactCount} onOpen={open} canOpen={canOpen} />
          {data.unreadable ? (
            <p class="note">
              {data.unreadable} stored record{data.unreadable === 1 ? '' : 's'} could not be read and {data.unreadable === 1 ? 'is' : 'are'} left out.
            </p>
          ) : null}
          {data.items.length ? (
            <button type="button" onClick={() => void api.exportCsv().then((csv) => downloadText('contacts-due.csv', csv, 'text/csv'))}>
              Export this list (CSV)
            </button>
          ) : null}
          <p class="note">Everything shown here stays on this computer.</p>
          <p class="note">
            Another case-management system?{' '}
            <button type="button" onClick={() => api.openOptions('#sites')}>
              Turn the coach on for it
            </button>
          </p>
        </>
      ) : null}
    </main>
  );
}
