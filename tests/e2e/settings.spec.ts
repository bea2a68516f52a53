/**
 * Options as a case manager uses it: each change keeps every other setting
 * (templates, sites, rule changes), and two quick changes both stay.
 */
import { test, expect, sendFromExtensionPage } from './fixtures';
import { openExtensionPage } from './session';

type SettingsAnswer = { result: { settings: { intervalDays: number | null; dueSoonDays: number; templates: { id: string }[]; ruleOverrides: Record<string, string> } } };

test('changing one setting in Options keeps the others, and two quick rule changes both stay', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const stored = async () => ((await sendFromExtensionPage(options, { kind: 'settings-get' })) as SettingsAnswer).result.settings;

  // A template of the user's own, then a local interval, then the due-soon window.
  const form = options.getByRole('form', { name: 'Add or edit a template' });
  await form.getByLabel('Id').fill('home-visit');
  await form.getByLabel('Name').fill('Home visit');
  await form.getByLabel('Text').fill('Met {{participantName}} at home.');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(options.getByText('Delete Home visit')).toBeVisible();

  const interval = options.getByLabel(/Local contact interval in days/);
  await interval.fill('30');
  await interval.press('Tab');
  await expect.poll(async () => (await stored()).intervalDays).toBe(30);

  const dueSoon = options.getByLabel('Show as due soon within (days)');
  await dueSoon.fill('7');
  await dueSoon.press('Tab');
  await expect.poll(async () => (await stored()).dueSoonDays).toBe(7);

  // Two rules changed one right after the other, without waiting for the first save.
  await options.locator('#rule-late-entry').selectOption('off');
  await options.locator('#rule-next-step-missing').selectOption('warning');
  await expect.poll(async () => Object.keys((await stored()).ruleOverrides).length).toBe(2);

  await options.reload();
  await expect(options.getByLabel(/Local contact interval in days/)).toHaveValue('30');
  await expect(options.getByLabel('Show as due soon within (days)')).toHaveValue('7');
  await expect(options.getByText('Delete Home visit')).toBeVisible();
  await expect(options.locator('#rule-late-entry')).toHaveValue('off');
  await expect(options.locator('#rule-next-step-missing')).toHaveValue('warning');

  // Back to the default for one rule: only that rule changes.
  await options.locator('#rule-late-entry').selectOption('default');
  await expect.poll(async () => (await stored()).ruleOverrides).toEqual({ 'next-step-missing': 'warning' });
});
