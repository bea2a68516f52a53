/**
 * Host access in Firefox MV3. Firefox 127+ grants a Manifest V3 add-on's
 * host_permissions at install (they are listed in the install prompt), so
 * the built-in systems work at once, as in Chromium. Unlike Chromium, a user
 * can withdraw that access afterwards (about:addons → Permissions): then the
 * coach is silent on those pages, and the popup must say so.
 */
import { test, expect } from '../cross/fixtures';
import { countOf, seeText } from '../cross/steps';
import { BUILT_IN_SITES } from '../../../lib/systems';

type Perms = { permissions: { getAll(): Promise<{ origins: string[] }>; remove(p: { origins: string[] }): Promise<boolean> } };

test('the built-in systems are granted at install; withdrawn, the popup says which and offers to allow it again', async ({ driver }) => {
  const popup = await driver.openExtensionPage('popup.html');
  const granted = await popup.evaluate(() => (globalThis as unknown as { browser: Perms }).browser.permissions.getAll().then((x) => x.origins), null);
  expect(granted).toEqual(expect.arrayContaining(BUILT_IN_SITES.flatMap((s) => s.matches)));
  await seeText(popup, 'h1', 'Contacts due');
  expect(await countOf(popup, '.access')).toBe(0);

  // The user turns off Toolbox's "Access your data for …" in about:addons.
  expect(
    await popup.evaluate(() => (globalThis as unknown as { browser: Perms }).browser.permissions.remove({ origins: ['https://*.toolbox.mo.gov/*', 'https://toolbox.mo.gov/*'] }), null),
  ).toBe(true);
  await popup.reload();
  await seeText(popup, '.access', 'Case Note Coach is not allowed to read Missouri Toolbox (DWD), so it cannot check notes or track contacts there.');
  expect(await countOf(popup, '.access button', 'Allow access')).toBe(1);
});
