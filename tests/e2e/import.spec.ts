/**
 * Caseload CSV import in Options, with the files real exports produce:
 * Windows-1252 and UTF-16 text, a broken quote, a file that is too big.
 */
import { format, subDays } from 'date-fns';
import { test, expect } from './fixtures';
import { openExtensionPage } from './session';

const last = format(subDays(new Date(), 30), 'MM/dd/yyyy');
const CSV = `participant id,name,last contact date\n300001,"Núñez, José",${last}\n300002,"Müller, Zoë",${last}\n`;

function windows1252(text: string): Buffer {
  // Every character here is in Latin-1, which Windows-1252 extends.
  return Buffer.from(text, 'latin1');
}

test('a caseload export in Windows-1252 or UTF-16 previews its names as written, and says how it was read', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const file = options.getByLabel('CSV file');
  const preview = options.locator('table.preview');

  await file.setInputFiles({ name: 'caseload-1252.csv', mimeType: 'text/csv', buffer: windows1252(CSV) });
  await expect(preview.locator('tbody tr').nth(0).locator('td').nth(2)).toHaveText('Núñez, José');
  await expect(preview.locator('tbody tr').nth(1).locator('td').nth(2)).toHaveText('Müller, Zoë');
  await expect(options.getByText(/read as Windows-1252/)).toBeVisible();

  await file.setInputFiles({ name: 'caseload-utf16.csv', mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]) });
  await expect(preview.locator('tbody tr').nth(0).locator('td').nth(2)).toHaveText('Núñez, José');
  await expect(options.getByText(/Read as UTF-16/)).toBeVisible();
  await options.getByRole('button', { name: /^Import 2 participants/ }).click();
  await expect(options.getByText(/Imported 2 participants/)).toBeVisible();
});

test('a broken quote is an error on its line and nothing from there on is imported', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const csv = `participant id,name,last contact date\n300001,"Lee, Ann",${last}\n300002,"Chan, Bo,${last}\n300003,"Diaz, Cy",${last}\n`;
  await options.getByLabel('CSV file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(options.getByRole('list', { name: 'Problems in the file' })).toContainText('Line 3: A quote mark (") here is never closed');
  const rows = options.locator('table.preview tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td').nth(2)).toHaveText('Lee, Ann');
});

test('a file that is too big is refused in words', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const big = Buffer.alloc(6 * 1024 * 1024, 'a');
  await options.getByLabel('CSV file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
  await expect(options.getByRole('list', { name: 'Problems in the file' })).toContainText('This file is 6.0 MB; a caseload file can be at most 5 million characters');
  await expect(options.getByText(/Too big|expected string/)).toHaveCount(0);
});

test('participants imported without a last-contact date are listed in the popup as "no contact on file"', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const csv = `participant id,name,last contact date\n300001,"Lee, Ann",${last}\n300002,"Chan, Bo",\n`;
  await options.getByLabel('CSV file').setInputFiles({ name: 'caseload.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await options.getByRole('button', { name: /^Import 2 participants/ }).click();
  await expect(options.getByText(/Imported 2 participants/)).toBeVisible();
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const none = popup.getByRole('region', { name: /No contact on file/ });
  await expect(none).toContainText('Chan, Bo');
  await expect(none).toContainText('(1)');
  await expect(none).not.toContainText('Lee, Ann');
});

test('a 20,000-row export with a byte-order mark and two-line cells previews in US dates and imports whole', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  // Excel's "Unicode Text" is saved as .txt, so the file picker must offer .txt files too.
  await expect(options.getByLabel('CSV file')).toHaveAttribute('accept', /\.txt/);
  let csv = '\uFEFFParticipant ID,Name,Last contact date,Activity\r\n';
  for (let i = 0; i < 20_000; i++) csv += `${400000 + i},"Núñez, José ${i}",${last},"Job search\r\nweekly"\r\n`;
  await options.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const preview = options.locator('table.preview');
  await expect(preview.locator('caption')).toHaveText('Preview (first 25 of 20,000)', { timeout: 60_000 });
  const first = preview.locator('tbody tr').first().locator('td');
  await expect(first.nth(2)).toHaveText('Núñez, José 0');
  // The file writes MM/DD/YYYY; the preview reads it back as people read dates, M/D/YYYY.
  await expect(first.nth(3)).toHaveText(format(subDays(new Date(), 30), 'M/d/yyyy'));
  await expect(first.nth(4)).toHaveText('Job search weekly');
  await options.getByRole('button', { name: 'Import 20,000 participants' }).click();
  await expect(options.getByText('Imported 20,000 participants from big.csv.')).toBeVisible({ timeout: 60_000 });
});
