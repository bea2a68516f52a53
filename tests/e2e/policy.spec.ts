/**
 * The README's Chrome policy example, installed the way an agency's IT would
 * (a file in /etc/chromium/policies/managed/), read by a real Chromium:
 * Options shows the locked settings as set by the agency and greyed out, and
 * the sidebar checks notes with them.
 *
 * Writing there needs root; elsewhere the test is skipped and says why.
 * The policy applies only to this checkout's extension id, and the file is
 * removed afterwards whatever happens.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect, extensionWorker, launchWithExtension, EXTENSION_DIR, openPanel } from './fixtures';
import { chromePolicyFile, extensionPolicy } from '../hardening/readme-policy';
import { openExtensionPage } from './session';
import { axe } from './axe';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
/** The README test's file; the others have their own names, written and removed on their own schedule. */
const README_POLICY = 'case-note-coach-test.json';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const id = unpackedExtensionId(EXTENSION_DIR);

/**
 * Installs `content` as the policy file `name` in POLICY_DIR (or skips the test: writing there
 * needs root), starts Chromium with the extension on a fresh profile, runs `body`, and removes the
 * file and the profile whatever happens.
 */
async function withPolicy(name: string, content: string, body: (context: BrowserContext, worker: Worker) => Promise<void>): Promise<void> {
  const file = join(POLICY_DIR, name);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    test.skip(true, `cannot write ${file} (managed policy needs root): ${String(error)}`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'cnc-policy-'));
  let context: BrowserContext | null = null;
  try {
    context = await launchWithExtension(profile);
    await body(context, await extensionWorker(context));
  } finally {
    await context?.close();
    rmSync(file, { force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The policy file an agency's IT writes for this checkout's extension. */
const policyFile = (policy: object) => JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } });

/** Waits until Chromium has read the policy file and the background has applied it (its due-soon days in force). */
async function policyApplied(worker: Worker, dueSoonDays: number): Promise<void> {
  await expect
    // A fresh profile's first policy read takes seconds (up to ~5 s in CI).
    .poll(() => worker.evaluate(`chrome.storage.managed.get(null).then((p) => JSON.stringify(p))`), { message: 'Chromium read the policy file', timeout: 20_000 })
    .toContain('"lockedSettings"');
  await expect
    .poll(() => worker.evaluate(`chrome.storage.local.get('effectiveSettings').then((x) => x.effectiveSettings ? x.effectiveSettings.dueSoonDays : null)`), { timeout: 20_000 })
    .toBe(dueSoonDays);
}

test('the README’s Chrome policy, installed as managed policy, locks settings in Options and in the sidebar', async ({ demo }) => {
  const policy = extensionPolicy('chrome');
  expect(policy).toMatchObject({ dueSoonDays: 21, retentionDays: 180, intervalDays: 30, ruleOverrides: { 'unsuccessful-attempt': 'warning' } });
  expect(policy.lockedSettings).toEqual(['dueSoonDays', 'ruleOverrides', 'retentionDays']);

  await withPolicy(README_POLICY, chromePolicyFile(id), async (context, worker) => {
    // The id the policy names is the one Chromium gave the extension.
    expect(new URL(worker.url()).host).toBe(id);
    await policyApplied(worker, 21);

    const options = await openExtensionPage(context, id, 'options.html');
    const dueSoon = options.getByLabel('Show as due soon within (days)');
    await expect(dueSoon).toBeDisabled();
    await expect(dueSoon).toHaveValue('21');
    await expect(options.locator('label', { has: dueSoon })).toContainText('(set by your agency)');
    const retention = options.getByLabel(/Forget participants not seen for/);
    await expect(retention).toBeDisabled();
    await expect(retention).toHaveValue('180');
    await expect(options.locator('label', { has: retention })).toContainText('(set by your agency)');
    const rule = options.locator('#rule-unsuccessful-attempt');
    await expect(rule).toBeDisabled();
    await expect(rule).toHaveValue('warning');
    await expect(options.getByRole('region', { name: 'Checks' })).toContainText('(set by your agency)');
    // Set but not locked: the agency's default, and the user may change it.
    const interval = options.getByLabel(/Local contact interval in days/);
    await expect(interval).toBeEnabled();
    await expect(interval).toHaveValue('30');
    await expect(options.locator('label', { has: interval })).not.toContainText('(set by your agency)');
    // Locked, greyed-out controls are still WCAG 2.2 AA.
    expect(await axe(options)).toEqual([]);

    // The sidebar checks with the agency's override: a left message is a warning, not an error.
    const page = await context.newPage();
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await page.selectOption('#contactType', 'Telephone');
    await page.fill('#noteText', 'Called customer, no answer. LM asking her to call back.');
    const finding = (await openPanel(page)).locator('li[data-rule="unsuccessful-attempt"]');
    await expect(finding).toContainText('Warning:');
    await expect(finding).not.toContainText('Error:');
  });
});

test('a policy with one wrongly typed value: that key is ignored and named in Options, the locks stay', async () => {
  // Of the right JSON type (Chromium itself drops values that do not match the managed schema (lib/managed-schema.ts)), but out of range.
  const policy = { intervalDays: 120, dueSoonDays: 21, retentionDays: 180, lockedSettings: ['dueSoonDays', 'retentionDays'] };
  await withPolicy(`case-note-coach-test-badkey-${id}.json`, policyFile(policy), async (context, worker) => {
    await policyApplied(worker, 21);
    const options = await openExtensionPage(context, id, 'options.html');
    await expect(options.getByText(/Agency policy: intervalDays ignored/)).toBeVisible();
    const dueSoon = options.getByLabel('Show as due soon within (days)');
    await expect(dueSoon).toBeDisabled();
    await expect(dueSoon).toHaveValue('21');
    await expect(options.getByLabel(/Forget participants not seen for/)).toBeDisabled();
    await expect(options.getByLabel(/Local contact interval in days/)).toHaveValue('');
  });
});

test("a fresh profile's Options shows the user's settings before the first policy read answers, and marks the agency's locks when it does", async () => {
  const policy = { dueSoonDays: 21, lockedSettings: ['dueSoonDays'] };
  await withPolicy(`case-note-coach-test-first-read-${id}.json`, policyFile(policy), async (context, worker) => {
    // The case manager's own setting, on a profile whose first managed read has not answered yet.
    await worker.evaluate(`chrome.storage.local.set({ settings: { intervalDays: 45 } })`);
    const options = await context.newPage();
    // The page's own managed read, started before ours renders: it answers when the browser's first read does.
    await options.addInitScript(() => {
      const g = globalThis as unknown as { policyRead: string; chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } };
      g.policyRead = 'pending';
      void g.chrome.storage.managed.get(null).then(() => (g.policyRead = 'answered'));
    });
    await options.goto(`chrome-extension://${id}/options.html`);
    const interval = options.getByLabel(/Local contact interval in days/);
    await expect(interval).toHaveValue('45');
    expect(await options.evaluate(() => (globalThis as unknown as { policyRead: string }).policyRead), 'settings shown before the policy read answered').toBe('pending');
    // When the policy arrives, the page marks the lock without being reloaded by hand.
    const dueSoon = options.getByLabel('Show as due soon within (days)');
    await expect(dueSoon).toBeDisabled({ timeout: 20_000 });
    await expect(dueSoon).toHaveValue('21');
    await expect(options.locator('label', { has: dueSoon })).toContainText('(set by your agency)');
    await expect(interval).toHaveValue('45');
  });
});
