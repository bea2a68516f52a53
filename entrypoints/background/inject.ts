/**
 * Loads a part of the content script on demand into one frame of one tab (lib/gate/injection.ts decides
 * whether): the reader (entrypoints/reader.ts) where the stub every frame loads saw a page worth reading,
 * the reader and the coach in one (entrypoints/note-frame.ts) where it saw a note form, the coach alone
 * (entrypoints/coach.ts) where the reader found one later, the reader of an unknown system's past notes
 * (entrypoints/history.ts) where a note frame's reader asks for it, the coach's panel (entrypoints/panel.ts) when
 * a coach first opens it. ARCHITECTURE.md, "What each frame loads".
 */
import { browser } from '#imports';

const SCRIPTS = { reader: '/reader.js', 'note-frame': '/note-frame.js', coach: '/coach.js', history: '/history.js', panel: '/panel.js' } as const;

export async function injectInto(tabId: number, frameId: number, part: keyof typeof SCRIPTS): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SCRIPTS[part]] });
}
