import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { PREACT_KEY } from './entrypoints/content/hand-off';
import { MANAGED_SCHEMA_FILE, managedSchema } from './lib/managed-schema';
import { BUILT_IN_MATCHES, DEMO_MATCHES, matchesFor, PAGE_MARKERS, runsOnDemo } from './lib/systems';

const SHARED_PREACT = '\0cnc-shared-preact';

/**
 * panel.js (entrypoints/panel.ts) draws with the Preact the coach left for it in the frame's isolated world
 * (PREACT_KEY, entrypoints/content/coach-shell.ts), not with a copy of its own: a script injected into a frame
 * shares no chunk with the ones before it, and one Preact draws the panel inside the coach's own tree. WXT builds
 * each script on its own, so only panel.js's build is told.
 */
function sharedPreactInPanel(): Plugin {
  let panel = false;
  return {
    name: 'cnc-shared-preact-in-panel',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      panel = typeof entry === 'string' && /entrypoints[\\/]panel\.ts$/.test(entry);
    },
    resolveId: (id) => (panel && (id === 'preact' || id === 'preact/jsx-runtime') ? SHARED_PREACT : null),
    load: (id) =>
      id === SHARED_PREACT ? `export const { Component, Fragment, h, jsx, jsxs } = globalThis[Symbol.for(${JSON.stringify(PREACT_KEY.description)})];` : null,
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports (WXT APIs from '#imports'): every file names what it uses.
  imports: false,
  // Views compiled as in production in every mode: the test build is what the browser tests and benchmarks
  // measure, and dev JSX would add each element's source file path and line to it.
  // The stub every frame loads gets the registry's match patterns and page markers as plain data,
  // so it carries no system's reader (entrypoints/content/index.ts, lib/page-markers.ts).
  // Preact's devtools hook only in `wxt dev`: the test build would otherwise carry it into every note frame.
  vite: (env) => ({
    plugins: [sharedPreactInPanel(), preact({ devToolsEnabled: env.mode === 'development' })],
    esbuild: { jsxDev: false },
    // Terser with two compress passes packs the content scripts ~2.5% smaller (gzip) than esbuild's
    // minifier: the room the note frame's 40 KB budget needed. A third pass and ES2020 output (both browsers
    // run far newer) save 28 B more of the note frame, and dropping unused trailing parameters 17 B (no code
    // here or in Preact, Dexie, zod or date-fns reads a function's length).
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3, keep_fargs: false } } },
    define: { __CNC_MATCHES__: JSON.stringify(BUILT_IN_MATCHES), __CNC_PAGE_MARKERS__: JSON.stringify(PAGE_MARKERS) },
  }),
  // `wxt build` is the production build: real systems only. `wxt build --mode test` (into
  // .output/<browser>-mv3-test) also runs on the bundled demo systems on 127.0.0.1.
  manifest: ({ browser, mode }) => ({
    name: 'Case Note Coach',
    description:
      'Checks workforce case notes against your state policy and tracks required contacts. Everything stays on this computer.',
    // scripting: to run on the custom sites an agency adds, once the user grants that one origin,
    // and to load the coach into a frame whose reader found a note field (ARCHITECTURE.md).
    // offscreen (Chrome only: Firefox's background page has a DOM): to read a page its frame left before the
    // reader it asked for arrived, from its HTML (ARCHITECTURE.md, "What each frame loads").
    permissions: ['storage', 'alarms', 'notifications', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: matchesFor(mode),
    // Custom sites an agency adds are asked for one origin at a time, never <all_urls> up front.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Lets IT push locked settings with Chrome/Edge enterprise policy or Firefox policies.json.
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'case-note-coach@example.org',
              // 140 (ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // We collect nothing: participant data never leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The agency-policy schema is built from the settings and the pack registry, not kept by hand.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
    // The content script declares real systems only; a test build adds the demo host to it here.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!runsOnDemo(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...new Set([...(script.matches ?? []), ...DEMO_MATCHES])];
    },
  },
});
