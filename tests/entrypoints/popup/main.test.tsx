/**
 * The popup shell's wiring on WXT's fake browser: it asks the background for
 * the most overdue rows before anything else, follows the caseload while open,
 * opens a participant's page and Options in a tab, and says which built-in
 * systems the browser does not let it read.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CASELOAD_VERSION_KEY } from '../../../lib/settings';
import { BUILT_IN_SITES } from '../../../lib/systems';
import { caseloadPage, fakeBackground, mount, pageBrowser, row } from '../fake-pages';

const openPopup = () => mount(() => import('../../../entrypoints/popup/main'));
const TOOLBOX = BUILT_IN_SITES.find((s) => s.matches.some((m) => m.includes('toolbox')))!;

describe('the popup shell', () => {
  it("asks for the most overdue first and lists who is due, from the background's caseload", async () => {
    const { service, asked } = fakeBackground();
    pageBrowser({ hostPermissions: TOOLBOX.matches });
    await service['page-read']({ kind: 'page-read', read: caseloadPage([row('800001')]) });
    await openPopup();
    await screen.findByText(/Person 800001/);
    expect(asked[0]).toBe('list-due');
  });

  it('shows a participant added while it is open', async () => {
    const { service } = fakeBackground();
    pageBrowser();
    await openPopup();
    await screen.findByText(/Everything shown here stays on this computer/);
    expect(screen.queryByText(/Person 800002/)).toBeNull();
    await service['page-read']({ kind: 'page-read', read: caseloadPage([row('800002')]) });
    await fakeBrowser.storage.local.set({ [CASELOAD_VERSION_KEY]: 1 });
    await screen.findByText(/Person 800002/);
  });

  it("opens the participant's page and Options in a tab", async () => {
    const { service } = fakeBackground();
    const { opened } = pageBrowser({ hostPermissions: TOOLBOX.matches });
    await service['page-read']({ kind: 'page-read', read: caseloadPage([row('800001')]) });
    await openPopup();
    fireEvent.click(await screen.findByRole('button', { name: /Person 800001/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(opened).toContain('https://demo.toolbox.mo.gov/toolbox/participant?id=800001'));
    expect(opened.some((u) => u.endsWith('/options.html'))).toBe(true);
  });

  it('names a built-in system the browser withholds, and asks for it on a click', async () => {
    fakeBackground();
    const { request } = pageBrowser({ hostPermissions: TOOLBOX.matches, granted: false });
    await openPopup();
    fireEvent.click(await screen.findByRole('button', { name: /allow/i }));
    await waitFor(() => expect(request).toHaveBeenCalledWith({ origins: TOOLBOX.matches }));
  });
});

describe('the popup api', () => {
  it('does not lose a caseload change that came after it asked for the first rows and before the popup listened', async () => {
    fakeBackground();
    pageBrowser();
    vi.resetModules();
    const { popupApi } = await import('../../../entrypoints/popup/api');
    // Asked at once, as the popup opens; the record lands while the popup is still being drawn.
    const api = popupApi();
    await fakeBrowser.storage.local.set({ [CASELOAD_VERSION_KEY]: 1 });
    const reload = vi.fn();
    api.onCaseloadChanged(reload);
    expect(reload).toHaveBeenCalledTimes(1);
    // Said once: a later listener is told only of later changes.
    const later = vi.fn();
    api.onCaseloadChanged(later);
    expect(later).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [CASELOAD_VERSION_KEY]: 2 });
    expect(reload).toHaveBeenCalledTimes(2);
    expect(later).toHaveBeenCalledTimes(1);
  });
});
