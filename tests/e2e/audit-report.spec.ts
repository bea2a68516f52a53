/**
 * The HTML report of `cli audit --format html`, opened in real Chromium as a
 * supervisor would open the file: it renders with no network and no script,
 * the charts are there (drawn by the plotting library, inlined as SVG), and a
 * screenshot is kept in tests/.screenshots/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { writeNotesFile } from '../bench/notes-file';

const dir = mkdtempSync(join(tmpdir(), 'cnc-report-'));
const report = join(dir, 'report.html');

test.beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
  const notes = join(dir, 'notes.csv');
  await writeNotesFile(notes, 4000);
  const html = execFileSync(process.execPath, ['dist/cli.js', 'audit', notes, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01', '--format', 'html'], {
    maxBuffer: 64 << 20,
  });
  writeFileSync(report, html);
});

test('the audit report renders offline with its summary, chart and timelines', async ({ page }) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewportSize({ width: 1100, height: 1600 });
  await page.goto(pathToFileURL(report).href);

  await expect(page.getByRole('heading', { name: 'Case note audit' })).toBeVisible();
  const summary = page.getByRole('status', { name: 'Summary' });
  await expect(summary.getByRole('row', { name: /Notes checked 4,000/ })).toBeVisible();
  await expect(summary.getByRole('row', { name: /Participants with gaps \d/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'By staff member' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^A\. Rivera \d/ })).toBeVisible();

  // The bar chart: one bar per rule and severity, with the rule names on its axis.
  const chart = page.locator('section', { has: page.getByRole('heading', { name: 'Findings by rule' }) });
  expect(await chart.locator('g[aria-label="bar"] rect').count()).toBeGreaterThan(2);
  await expect(chart.locator('svg text', { hasText: 'unsuccessful-attempt' })).toBeVisible();

  // A timeline per participant with a gap: contacts as dots, gaps as shaded spans, soft exits as rules.
  const timelines = page.getByRole('img', { name: /^Timeline of P\d+/ });
  expect(await timelines.count()).toBe(60);
  const first = timelines.first();
  expect(await first.locator('g[aria-label="dot"] circle').count()).toBeGreaterThan(1);
  expect(await first.locator('g[aria-label="rect"] rect').count()).toBeGreaterThan(0);
  await expect(page.locator('.person li').first()).toContainText(/(already|may have) soft-exited on/);
  const box = await first.boundingBox();
  expect(box?.width).toBeGreaterThan(500);

  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(problems).toEqual([]);
  await page.screenshot({ path: 'tests/.screenshots/audit-report.png', fullPage: false });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'tests/.screenshots/audit-report-print.png', fullPage: false });
});
