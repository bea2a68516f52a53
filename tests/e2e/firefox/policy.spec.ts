/**
 * The README's Firefox policies.json example, installed where Firefox reads
 * it (a distribution folder next to Firefox; agency-firefox.ts), read by real
 * Firefox ESR: Options shows the locked settings as set by the agency and
 * greyed out, the unlocked one as a default the user may change, and the
 * sidebar checks notes with the agency's rule override — as
 * tests/e2e/policy.spec.ts does for Chromium.
 */
import { existsSync } from 'node:fs';
import { test, expect } from '../cross/fixtures';
import { launchFirefox } from '../driver/firefox';
import { startRecordingProxy } from '../driver/proxy';
import { extensionPolicy, policyExampleText } from '../../hardening/readme-policy';
import { fill, info, openPanel, seeText, sendFromExtension, textOf } from '../cross/steps';
import { firefoxWithPolicies, SYSTEM_POLICY_FILES } from './agency-firefox';
import type { Doc } from '../driver/types';

/** The <label> holding the field, and the field. */
async function field(doc: Doc, label: string): Promise<{ label: string; value: string | null; disabled: boolean | null }> {
  return doc.evaluate((l) => {
    const el = Array.from(document.querySelectorAll('label')).find((x) => (x.textContent ?? '').includes(l));
    const input = el?.querySelector('input, select') as HTMLInputElement | null;
    return { label: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(), value: input?.value ?? null, disabled: input?.disabled ?? null };
  }, label);
}

test('the README’s Firefox policies.json locks settings in Options and in the sidebar', async ({ demo }) => {
  const system = SYSTEM_POLICY_FILES.filter((f) => existsSync(f));
  test.skip(system.length > 0, `a machine-wide ${system.join(', ')} would be read instead of the test's own`);
  const policy = extensionPolicy('firefox');
  expect(policy).toMatchObject({ dueSoonDays: 21, retentionDays: 180, intervalDays: 30, ruleOverrides: { 'unsuccessful-attempt': 'warning' } });

  const firefox = firefoxWithPolicies(policyExampleText('firefox'));
  const proxy = await startRecordingProxy(demo.url);
  const driver = await launchFirefox({ proxy, executablePath: firefox.executablePath });
  try {
    const options = await driver.openExtensionPage('options.html');
    // Firefox handed the add-on (id case-note-coach@example.org) the README's entry as managed storage.
    const managed = await options.evaluate(() => (globalThis as unknown as { browser: { storage: { managed: { get(k: null): Promise<unknown> } } } }).browser.storage.managed.get(null), null);
    expect(managed).toEqual(policy);

    await expect.poll(() => field(options, 'Show as due soon within (days)')).toMatchObject({ value: '21', disabled: true });
    expect((await field(options, 'Show as due soon within (days)')).label).toContain('(set by your agency)');
    const retention = await field(options, 'Forget participants not seen for');
    expect(retention).toMatchObject({ value: '180', disabled: true });
    expect(retention.label).toContain('(set by your agency)');
    expect(await info(options, '#rule-unsuccessful-attempt')).toMatchObject({ value: 'warning', disabled: true });
    expect(await textOf(options, 'section[aria-labelledby="rules-h"]')).toContain('(set by your agency)');
    // Set but not locked: the agency's default, which the user may change.
    const interval = await field(options, 'Local contact interval in days');
    expect(interval).toMatchObject({ value: '30', disabled: false });
    expect(interval.label).not.toContain('(set by your agency)');
    // The background refuses a locked key even if a page asks.
    expect(await sendFromExtension(options, { kind: 'settings-set', patch: { dueSoonDays: 5 } })).toMatchObject({ ok: true, result: { error: expect.stringContaining('dueSoonDays') } });

    // The sidebar checks with the agency's override: a left message is a warning, not an error.
    const tab = await driver.newTab();
    await tab.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await fill(tab, '#contactType', 'Telephone');
    await fill(tab, '#noteText', 'Called customer, no answer. LM asking her to call back.');
    await openPanel(tab);
    await seeText(tab, 'li[data-rule="unsuccessful-attempt"]', 'Warning:');
    expect(await textOf(tab, 'li[data-rule="unsuccessful-attempt"]')).not.toContain('Error:');
  } finally {
    await driver.close();
    await proxy.close();
    firefox.remove();
  }
});
