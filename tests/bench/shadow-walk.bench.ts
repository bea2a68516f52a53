/**
 * Looking for open shadow roots on a big page, in real Chromium: the reader's `shadowRoots` and the page
 * markers' test (lib/adapters/dom.ts, lib/page-markers.ts) walk the page's elements, at most SHADOW_SCAN of them,
 * asking each for its shadow root. Measured on a 10,000-row grid (70,000 elements) with a web component's form after
 * it, against walks that ask only the elements that can host a shadow root (a dash in the tag name, or one of the
 * built-ins that may: div, span, p, section…), filtered in the walk's own loop or picked by the browser first.
 * Reported, not judged: the runs alternate between the ways, and each figure is a median of 15.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './harness';
import { ms } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROWS = 10_000;
const RUNS = 15;

export default async (): Promise<BenchResult[]> => {
  const bundled = await build({
    stdin: { contents: "export { shadowRoots } from './lib/adapters/dom'; export { markerTest } from './lib/page-markers';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'cnc',
    write: false,
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><body></body>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    // tsx keeps function names with a helper the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    const times = await page.evaluate(
      ({ rows, runs }) => {
        const row = '<tr><td>1</td><td><a href="#">Name</a></td><td>x</td><td><input></td></tr>';
        document.body.innerHTML = `<table>${row.repeat(rows)}</table><case-note-form></case-note-form>`;
        customElements.define(
          'case-note-form',
          class extends HTMLElement {
            connectedCallback() {
              this.attachShadow({ mode: 'open' }).innerHTML = '<form><textarea name="note"></textarea></form>';
            }
          },
        );
        const cnc = (globalThis as unknown as { cnc: { shadowRoots(d: Document): ShadowRoot[]; markerTest(m: string[]): (d: Document) => boolean } }).cnc;
        const markers = cnc.markerTest(['form textarea[name="note"]']);
        const HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
        const walk = (canHost: (el: Element) => boolean) => {
          const found: ShadowRoot[] = [];
          const walker = document.createTreeWalker(document, 1);
          while (walker.nextNode()) {
            const el = walker.currentNode as Element;
            const shadow = canHost(el) && el.shadowRoot;
            if (shadow) found.push(shadow);
          }
          return found.length;
        };
        const picked = () => Array.from(document.querySelectorAll(`${[...HOSTS].join(',')},:not(:defined)`)).filter((el) => el.shadowRoot).length;
        const ways: Record<string, () => unknown> = {
          'shadowRoots (the product: at most 10,000 elements)': () => cnc.shadowRoots(document).length,
          'page markers (the product: at most 10,000 elements)': () => markers(document),
          'every element walked': () => walk(() => true),
          'only elements that can host one, filtered in the walk': () => walk((el) => el.localName.includes('-') || HOSTS.has(el.localName)),
          'only elements that can host one, picked by a selector': picked,
        };
        const samples: Record<string, number[]> = {};
        const found: Record<string, unknown> = {};
        for (let i = 0; i < runs; i++) {
          for (const [name, fn] of Object.entries(ways)) {
            const start = performance.now();
            found[name] = fn();
            (samples[name] ??= []).push(performance.now() - start);
          }
        }
        return { elements: document.getElementsByTagName('*').length, samples, found };
      },
      { rows: ROWS, runs: RUNS },
    );
    return Object.entries(times.samples).map(([name, samples]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      return {
        name: `${name}, ${times.elements.toLocaleString('en-US')} elements with a web component's form at the end`,
        summary: `median ${ms(sorted[Math.floor(sorted.length / 2)]!)} (found: ${String(times.found[name])})`,
      };
    });
  } finally {
    await browser.close();
  }
};
