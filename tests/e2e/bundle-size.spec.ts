/**
 * What the extension puts into a host page's frames, read from the test build this suite runs
 * against (no browser needed):
 * - the stub (content-scripts/content.js), loaded into every matched frame;
 * - the reader (reader.js), loaded only into a frame whose stub saw a page worth reading;
 * - the reader and the coach in one script (note-frame.js), where it saw a note form;
 * - the coach alone (coach.js), where the reader finds a note field later;
 * - the reader of an unknown system's past notes (history.js), which the reader carries and a note
 *   frame has loaded only on such a page naming a participant;
 * - the coach's panel (panel.js), which a coach has loaded the first time it opens the panel or uses a
 *   template, drawn with the coach's own Preact.
 * The rules engine runs in the background and the page read is checked there (ARCHITECTURE.md,
 * "Checking a note"), so none of them may carry the rules or zod, and their sizes may only go down (panel.js grows
 * only by what leaves the note frame, loaded on demand).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';

const BUILD = join(process.cwd(), '.output/chrome-mv3-test');
const STUB = join(BUILD, 'content-scripts/content.js');
const READER = join(BUILD, 'reader.js');
const NOTE_FRAME = join(BUILD, 'note-frame.js');
const COACH = join(BUILD, 'coach.js');
const HISTORY = join(BUILD, 'history.js');
const PANEL = join(BUILD, 'panel.js');
/**
 * One content script of 90 KB gzip with the rules in it, 72.9 KB once they ran in the
 * background, 36.2 KB once zod and date-fns' full formatter left it; then split into the
 * reader (15.3 KB) and the coach (23.1 KB); then a stub of 2.8 KB in every frame, the reader
 * (14.7 KB) only where there is something to read. The budget of a writing assistant: 40 KB
 * for a frame with a note field, and next to nothing for every other frame.
 */
const MAX_NOTE_FRAME_GZIP_KB = 40;
const MAX_READER_GZIP_KB = 16;
const MAX_STUB_GZIP_KB = 3;
// history.js loads only on a page of an unseen system that names a participant, outside the note frame's budget:
// 4 KB until the header lines, context bars and header fields of generic-whom-lines.ts (4.3 KB with them).
const MAX_HISTORY_GZIP_KB = 6;
// panel.js: 3.9 KB with the panel's views; 5.6 KB once it also brought what the coach writes into the note (templates,
// the stated contact) and the panel's question, which no key typed needs: 0.6 KB off the note frame.
const MAX_PANEL_GZIP_KB = 6;

const gzipKb = (code: Buffer) => gzipSync(code, { level: 9 }).length / 1024;
const kb = (code: Buffer) => `${(code.length / 1024).toFixed(1)} KB, ${gzipKb(code).toFixed(1)} KB gzip`;

function expectNoEngineNoZod(code: Buffer, name: string) {
  // A rule's own message exists only in the rules engine.
  expect(code.includes('is an attempt, not a case management contact'), `the rules are in ${name}`).toBe(false);
  // zod's own internals (every zod schema carries `_zod`; its errors are ZodError): validation happens in the background.
  expect(code.includes('_zod'), `zod is in ${name}`).toBe(false);
  expect(code.includes('ZodError'), `zod is in ${name}`).toBe(false);
  // date-fns' full `format` (with its locale) is not needed to write an ISO or US date: lightFormat is.
  expect(code.includes('unicodeTokens.md'), `date-fns' format is in ${name}`).toBe(false);
}

/** Preact creates SVG through its namespace; the coach's own class names are on the badge. */
const hasPreact = (code: Buffer) => code.includes('http://www.w3.org/2000/svg');
const hasCoach = (code: Buffer) => code.includes('cnc-badge');
/** A sentence only the systems' readers write. */
const hasReaders = (code: Buffer) => code.includes("Couldn't find the enrolled activities table on this page.");
/** The label of past notes drawn as cards (lib/adapters/generic-cards.ts), as the minifier keeps the pattern. */
const hasHistory = (code: Buffer) => code.includes('contact\\s*(log|history)|case\\s*history');
/** A sentence only the panel (components/Sidebar.tsx) writes. */
const hasPanel = (code: Buffer) => code.includes('Ready to save: no problems found.');

test('the stub every frame loads is tiny: no readers, no zod, no Preact, no coach', () => {
  const code = readFileSync(STUB);
  console.log(`stub: ${kb(code)}`);
  expectNoEngineNoZod(code, 'the stub');
  expect(hasReaders(code), 'the readers are in the stub').toBe(false);
  expect(hasPreact(code), 'Preact is in the stub').toBe(false);
  expect(hasCoach(code), 'the coach is in the stub').toBe(false);
  expect(gzipKb(code)).toBeLessThanOrEqual(MAX_STUB_GZIP_KB);
});

test('the reader a frame with something to read loads is small: no rules, no zod, no Preact, no coach', () => {
  const code = readFileSync(READER);
  console.log(`reader: ${kb(code)}`);
  expectNoEngineNoZod(code, 'the reader');
  expect(hasReaders(code), 'the readers are not in the reader').toBe(true);
  expect(hasPreact(code), 'Preact is in the reader').toBe(false);
  expect(hasCoach(code), 'the coach is in the reader').toBe(false);
  expect(gzipKb(code)).toBeLessThanOrEqual(MAX_READER_GZIP_KB);
});

test('a frame with a note field loads the stub and the reader with the coach: no rules, no zod, under 40 KB gzip together', () => {
  const stub = readFileSync(STUB);
  const noteFrame = readFileSync(NOTE_FRAME);
  console.log(`reader with the coach: ${kb(noteFrame)}; with the stub ${(gzipKb(stub) + gzipKb(noteFrame)).toFixed(1)} KB gzip`);
  expectNoEngineNoZod(noteFrame, 'the note frame');
  // Not even date-fns' light formatter (its own error message): the frame writes its two dates off a Date's fields.
  expect(noteFrame.includes('unescaped latin alphabet character'), "date-fns' formatter is in the note frame").toBe(false);
  // Nor Preact's hooks (a component's hook list, `__H` in Preact's own build): the frame's views that keep state are classes.
  expect(noteFrame.includes('.__H'), "Preact's hooks are in the note frame").toBe(false);
  expect(hasReaders(noteFrame) && hasCoach(noteFrame), 'the reader and the coach are both in note-frame.js').toBe(true);
  expect(hasHistory(noteFrame), "the reader of an unknown system's past notes is in note-frame.js (history.js brings it)").toBe(false);
  expect(hasPanel(noteFrame), "the coach's panel is in note-frame.js (panel.js brings it)").toBe(false);
  expect(gzipKb(stub) + gzipKb(noteFrame)).toBeLessThanOrEqual(MAX_NOTE_FRAME_GZIP_KB);
});

test('a frame whose note field comes later loads the coach alone: no rules, no zod, no readers', () => {
  const stub = readFileSync(STUB);
  const reader = readFileSync(READER);
  const coach = readFileSync(COACH);
  const all = gzipKb(stub) + gzipKb(reader) + gzipKb(coach);
  // Two loads carry what they share twice: 1 KB or so over the one-load note frame, in the rarer case.
  console.log(`coach: ${kb(coach)}; with the stub and the reader ${all.toFixed(1)} KB gzip`);
  expectNoEngineNoZod(coach, 'the coach');
  expect(hasReaders(coach), 'the readers are in the coach').toBe(false);
  expect(hasPanel(coach), "the coach's panel is in coach.js (panel.js brings it)").toBe(false);
});

test("the readers of an unknown system's past notes and looser participant shapes, which a reader loads on demand, are small: no rules, no zod, no Preact, no coach", () => {
  const code = readFileSync(HISTORY);
  console.log(`history: ${kb(code)}`);
  expectNoEngineNoZod(code, 'the history reader');
  expect(hasHistory(code), 'the history reader is not in history.js').toBe(true);
  // Loaded on demand by the reader alone too (where an unknown system's page shows a note form): carried, they took it over 16 KB.
  expect(hasHistory(readFileSync(READER)), 'the reader alone carries the history reader').toBe(false);
  expect(hasPreact(code) || hasCoach(code) || hasReaders(code), 'Preact, the coach or the systems’ readers are in history.js').toBe(false);
  expect(gzipKb(code)).toBeLessThanOrEqual(MAX_HISTORY_GZIP_KB);
});

test("the coach's panel, which a coach loads the first time it opens it, is small and brings no Preact of its own: no rules, no zod, no readers", () => {
  const code = readFileSync(PANEL);
  console.log(`panel: ${kb(code)}`);
  expectNoEngineNoZod(code, 'the panel');
  expect(hasPanel(code), 'the panel is not in panel.js').toBe(true);
  expect(hasPreact(code), "Preact is in panel.js (it draws with the coach's)").toBe(false);
  expect(hasReaders(code) || hasHistory(code), "the systems' readers are in panel.js").toBe(false);
  expect(gzipKb(code)).toBeLessThanOrEqual(MAX_PANEL_GZIP_KB);
});
