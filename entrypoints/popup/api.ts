/** What the popup asks of the browser and the background, for components/Popup.tsx. */
import { browser } from '#imports';
import { FIRST_ROWS } from '../../components/OverdueList';
import type { PopupApi } from '../../components/Popup';
import type { SiteWithoutAccess } from '../../components/SiteAccess';
import { makeClient, type ExtensionRequest } from '../../lib/messages';
import { CASELOAD_VERSION_KEY } from '../../lib/settings';
import { BUILT_IN_SITES } from '../../lib/systems';

export function popupApi(): PopupApi {
  // The extension-page channel: only our own pages may ask for the caseload and settings (lib/gate/).
  const send = makeClient<ExtensionRequest>((message) => browser.runtime.sendMessage(message));
  // Listened for before the first rows are asked for: a participant recorded while the popup is still being drawn
  // (before it listens) would otherwise be missing from the list until it is opened again.
  const reloads = new Set<() => void>();
  let missed = false;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(CASELOAD_VERSION_KEY in changes)) return;
    if (!reloads.size) missed = true;
    reloads.forEach((reload) => reload());
  });
  const firstRows = () => send({ kind: 'list-due', limit: FIRST_ROWS });
  // Asked for at once, while the popup is still being rendered; a failure is shown once it has mounted.
  let early: ReturnType<typeof firstRows> | null = firstRows();
  early.catch(() => undefined);
  const own = browser.runtime.getManifest().host_permissions ?? [];

  async function sitesWithoutAccess(): Promise<SiteWithoutAccess[]> {
    const declared = new Set(own);
    const missing: SiteWithoutAccess[] = [];
    for (const site of BUILT_IN_SITES) {
      const origins = site.matches.filter((m) => declared.has(m));
      if (origins.length && !(await browser.permissions.contains({ origins }).catch(() => true))) missing.push({ label: site.label, origins });
    }
    return missing;
  }

  return {
    firstRows() {
      const head = early ?? firstRows();
      early = null;
      return head;
    },
    listDue: () => send({ kind: 'list-due' }),
    exportCsv: async () => (await send({ kind: 'caseload-export' })).csv,
    sitesWithoutAccess,
    requestAccess: (origins) => browser.permissions.request({ origins }),
    linkSites: send({ kind: 'settings-get' }).then(
      ({ settings }) => [...own, ...settings.customSites.map((s) => s.pattern)],
      () => own,
    ),
    openTab: (url) => void browser.tabs.create({ url }),
    openOptions: (hash = '') => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
      window.close();
    },
    onCaseloadChanged(reload) {
      reloads.add(reload);
      if (missed) {
        missed = false;
        reload();
      }
      return () => void reloads.delete(reload);
    },
  };
}
