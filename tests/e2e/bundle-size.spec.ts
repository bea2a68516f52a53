/**
 * What every matched frame loads: the built content script. The rules engine
 * runs in the background (ARCHITECTURE.md, "Checking a note"), so none of it
 * may creep back into the content script, and its size may only go down.
 * Reads the test build this suite runs against; no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';

const CONTENT = join(process.cwd(), '.output/chrome-mv3-test/content-scripts/content.js');
/**
 * 90 KB with the rules in it, 72.9 KB once they ran in the background, 36.2 KB once zod and
 * date-fns' full formatter left it (the background checks what a page sends). The budget of a
 * writing assistant's helper in every frame: 40 KB.
 */
const MAX_GZIP_KB = 40;

test('the content script carries no rules engine, no zod, and stays under its size budget', () => {
  const code = readFileSync(CONTENT);
  const gzip = gzipSync(code, { level: 9 }).length / 1024;
  console.log(`content script: ${(code.length / 1024).toFixed(1)} KB, ${gzip.toFixed(1)} KB gzip`);
  // A rule's own message exists only in the rules engine.
  expect(code.includes('is an attempt, not a case management contact')).toBe(false);
  // zod's own internals (every zod schema carries `_zod`; its errors are ZodError): validation happens in the background.
  expect(code.includes('_zod'), 'zod is in the content script').toBe(false);
  expect(code.includes('ZodError'), 'zod is in the content script').toBe(false);
  // date-fns' full `format` (with its locale) is not needed to write an ISO or US date: lightFormat is.
  expect(code.includes('unicodeTokens.md'), "date-fns' format is in the content script").toBe(false);
  expect(gzip).toBeLessThanOrEqual(MAX_GZIP_KB);
});
