import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A browser event as WXT's fake browser makes them: listeners kept, `trigger` calls them. */
function fakeEvent() {
  const listeners = new Set<(...args: unknown[]) => unknown>();
  return {
    addListener: (l: (...args: unknown[]) => unknown) => void listeners.add(l),
    removeListener: (l: (...args: unknown[]) => unknown) => void listeners.delete(l),
    hasListener: (l: (...args: unknown[]) => unknown) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // WXT's fake browser has no runtime.onConnect (it throws "not implemented"); the background listens on it for the page port.
  Object.assign(fakeBrowser.runtime, { onConnect: fakeEvent() });
});

// Vitest runs without globals, so Testing Library can't register its own cleanup.
afterEach(() => {
  cleanup();
});
