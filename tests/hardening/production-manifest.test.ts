/**
 * A production build runs only on real systems: no loopback or demo origin in
 * its host permissions or content-script matches (any local web server could
 * otherwise feed the caseload). Checked on what the build is made from: the
 * manifest function and the manifest hook in wxt.config.ts, and the content
 * script's own `matches`.
 */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import content from '../../entrypoints/content/index';

type Manifest = { host_permissions?: string[]; content_scripts?: { matches?: string[]; js?: string[] }[] };
type ManifestFn = (env: { browser: string; mode: string; command: 'build'; manifestVersion: 3 }) => Manifest | Promise<Manifest>;
type Hook = (wxt: { config: { mode: string } }, manifest: Manifest) => void;

/** Patterns a production build must not hold: loopback and other local hosts, plain http, every site. */
function local(patterns: readonly string[]): string[] {
  return patterns.filter((p) => {
    const host = /^[^:]+:\/\/([^/]*)\//.exec(p)?.[1] ?? '';
    return !p.startsWith('https://') || /^(127\.|localhost$|\[::1\]$|0\.0\.0\.0$|\*$|\*\.localhost$)/.test(host.replace(/:\d+$/, ''));
  });
}

/** The manifest a `wxt build` in this mode writes, as far as sites go. */
async function manifestFor(browser: string, mode: string): Promise<Manifest> {
  const manifest = { ...(await (config.manifest as ManifestFn)({ browser, mode, command: 'build', manifestVersion: 3 })) };
  // The content script's matches are the same for every browser (no per-browser map).
  manifest.content_scripts = [{ matches: [...(content.matches as string[])], js: ['content-scripts/content.js'] }];
  ((config.hooks as Record<string, Hook>)['build:manifestGenerated'] as Hook)({ config: { mode } }, manifest);
  return manifest;
}

describe('the production manifest', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: host permissions and content scripts name real systems only`, async () => {
      const manifest = await manifestFor(browser, 'production');
      expect(manifest.host_permissions?.length).toBeGreaterThan(0);
      expect(local(manifest.host_permissions ?? [])).toEqual([]);
      expect(local(manifest.content_scripts?.flatMap((s) => s.matches ?? []) ?? [])).toEqual([]);
    });
  }

  it('a test build (wxt build --mode test) adds the demo host, so the check above can fail', async () => {
    const manifest = await manifestFor('chrome', 'test');
    expect(local(manifest.host_permissions ?? [])).toEqual(['http://127.0.0.1/*']);
    expect(local(manifest.content_scripts?.flatMap((s) => s.matches ?? []) ?? [])).toEqual(['http://127.0.0.1/*']);
  });
});
