/**
 * What the extension puts into a host page's frames, read from the test build this suite runs
 * against (no browser needed):
 * - the reader (content-scripts/content.js), loaded into every matched frame;
 * - the coach (coach.js), loaded only into a frame whose reader found a note field.
 * The rules engine runs in the background and the page read is checked there (ARCHITECTURE.md,
 * "Checking a note"), so neither script may carry the rules or zod, and their sizes may only go down.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';

const BUILD = join(process.cwd(), '.output/chrome-mv3-test');
const READER = join(BUILD, 'content-scripts/content.js');
const COACH = join(BUILD, 'coach.js');
/**
 * One content script of 90 KB gzip with the rules in it, 72.9 KB once they ran in the
 * background, 36.2 KB once zod and date-fns' full formatter left it; then split into the
 * reader (15.3 KB) and the coach (23.1 KB). The budget of a writing
 * assistant: 40 KB for a frame with a note field, and a small reader for every other frame.
 */
const MAX_NOTE_FRAME_GZIP_KB = 40;
const MAX_READER_GZIP_KB = 16;

const gzipKb = (code: Buffer) => gzipSync(code, { level: 9 }).length / 1024;

function expectNoEngineNoZod(code: Buffer, name: string) {
  // A rule's own message exists only in the rules engine.
  expect(code.includes('is an attempt, not a case management contact'), `the rules are in ${name}`).toBe(false);
  // zod's own internals (every zod schema carries `_zod`; its errors are ZodError): validation happens in the background.
  expect(code.includes('_zod'), `zod is in ${name}`).toBe(false);
  expect(code.includes('ZodError'), `zod is in ${name}`).toBe(false);
  // date-fns' full `format` (with its locale) is not needed to write an ISO or US date: lightFormat is.
  expect(code.includes('unicodeTokens.md'), `date-fns' format is in ${name}`).toBe(false);
}

test('the reader every frame loads is small: no rules, no zod, no Preact, no coach', () => {
  const code = readFileSync(READER);
  console.log(`reader: ${(code.length / 1024).toFixed(1)} KB, ${gzipKb(code).toFixed(1)} KB gzip`);
  expectNoEngineNoZod(code, 'the reader');
  // Preact creates SVG through its namespace; the coach's own class names are on the badge.
  expect(code.includes('http://www.w3.org/2000/svg'), 'Preact is in the reader').toBe(false);
  expect(code.includes('cnc-badge'), 'the coach is in the reader').toBe(false);
  expect(gzipKb(code)).toBeLessThanOrEqual(MAX_READER_GZIP_KB);
});

test('a frame with a note field loads the reader and the coach: no rules, no zod, under 40 KB gzip together', () => {
  const reader = readFileSync(READER);
  const coach = readFileSync(COACH);
  console.log(`coach: ${(coach.length / 1024).toFixed(1)} KB, ${gzipKb(coach).toFixed(1)} KB gzip; with the reader ${(gzipKb(reader) + gzipKb(coach)).toFixed(1)} KB gzip`);
  expectNoEngineNoZod(coach, 'the coach');
  expect(gzipKb(reader) + gzipKb(coach)).toBeLessThanOrEqual(MAX_NOTE_FRAME_GZIP_KB);
});
