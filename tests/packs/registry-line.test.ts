/**
 * Adding a pack is one file and one registry line, end to end: here the product's own registry
 * (the list in lib/packs/builtin.ts) gets exactly one more line, the test-only pack in tests/packs/fake-pack.ts,
 * and nothing else changes. Options then lists it and the real background takes it as the user's
 * choice, checks notes on a site of no state of its own against it (its citations, its rule
 * settings), the agency-policy schema offers it and `cli audit --help` names it: the settings' pack
 * ids, the messages, the pack choice and the command line all come from the registry.
 * (registry.test.ts shows the same for a registry built in the test.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../entrypoints/background';
import { run as audit } from '../../lib/cli/audit';
import { managedSchema } from '../../lib/managed-schema';
import { PACK_IDS } from '../../lib/packs';
import { ask, stubUnimplemented } from '../entrypoints/background/fake-background';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The one registry line: lib/packs/builtin.ts lists zz-fake after the built-in packs (the registry and the command line read that list).
vi.mock('../../lib/packs/builtin', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/packs/builtin')>();
  const { fakePack } = await import('./fake-pack');
  const BUILT_IN_PACKS = { ...real.BUILT_IN_PACKS, 'zz-fake': fakePack } as typeof real.BUILT_IN_PACKS;
  return { ...real, BUILT_IN_PACKS, builtInPack: (id: string) => (Object.hasOwn(BUILT_IN_PACKS, id) ? (BUILT_IN_PACKS as Record<string, unknown>)[id] : undefined) };
});

// America's JobLink has no pack of its own, and a state's AJL is no built-in site: the pack chosen in Options applies.
const AJL_URL = 'https://ajl.zedland.example/ajl/notes';
const origin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const options = () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/options.html`, origin: origin() });
const ajlFrame = () => ({ id: fakeBrowser.runtime.id, url: AJL_URL, origin: new URL(AJL_URL).origin, tab: { id: 8 }, frameId: 0 });
const note = { text: 'Met with the participant today at the center.', date: '2026-03-03', contactType: 'in-person', party: 'participant' };

beforeEach(() => {
  stubUnimplemented(['https://ajl.zedland.example/*']);
  background.main();
});
afterEach(() => vi.restoreAllMocks());

describe('a pack added by one registry line', () => {
  it('is in the product registry, after the built-in packs', () => {
    expect(PACK_IDS).toEqual(['mo-dwd-toolbox', 'mn-wf1', 'wioa-baseline', 'zz-fake']);
  });

  it('is listed in Options, chosen there, and checks notes with its own citations and rule settings', async () => {
    expect(await ask({ kind: 'settings-get' }, options())).toMatchObject({ ok: true, result: { packs: expect.arrayContaining([{ id: 'zz-fake', name: 'Zedland — Contact Policy (test only)' }]) } });
    const before = (await ask({ kind: 'page-check', system: 'ajl', note }, ajlFrame())) as { ok: boolean; result: { findings: { rule: string; cite?: string }[] } };
    expect(before.ok).toBe(true);
    expect(before.result.findings.map((f) => f.cite)).not.toContain('Zedland Policy 7.2 (progress)');

    expect(await ask({ kind: 'settings-set', patch: { pack: 'zz-fake' } }, options())).toMatchObject({ ok: true });
    const after = (await ask({ kind: 'page-check', system: 'ajl', note }, ajlFrame())) as typeof before;
    const byRule = Object.fromEntries(after.result.findings.map((f) => [f.rule, f]));
    expect(byRule['progress-missing']).toMatchObject({ cite: 'Zedland Policy 7.2 (progress)' });
    // Another state's own check, switched on by this pack's data alone.
    expect(byRule['mn-record-review']).toMatchObject({ severity: 'warning', cite: 'Zedland Policy 7.3 (record review)' });
  });

  it('refuses a pack id no line registers, naming the ones the registry has', async () => {
    expect(await ask({ kind: 'settings-set', patch: { pack: 'zz-fak' } }, options())).toEqual({
      ok: true,
      result: { error: 'pack: Invalid option: expected one of "mo-dwd-toolbox"|"mn-wf1"|"wioa-baseline"|"zz-fake"' },
    });
  });

  it("is offered in the agency-policy schema and named by the command line's help", async () => {
    expect((managedSchema().properties as Record<string, { enum?: string[] }>).pack?.enum).toContain('zz-fake');
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((s: string) => (out.push(s), true)) as typeof process.stdout.write);
    expect(await audit(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/zz-fake\s+Zedland — Contact Policy \(test only\)/);
  });
});
