/**
 * Adding a system is one folder and one registry line, end to end: here the product's own registry
 * (lib/systems/index.ts) gets exactly one more line, the test-only system in tests/systems/zz-fake/,
 * and nothing else changes. The real background then takes the new system's pages from a content
 * script on its site, keeps its participant, gives the popup their status, checks a note and offers
 * templates under its state's pack, and imports a caseload file for it: the messages' system ids,
 * the gate, the database and the pack choice all come from the registry. (registry.test.tsx shows the
 * same for detection, the import form, build matches, the agency-policy schema and the demo.)
 */
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { readPage, SYSTEM_IDS } from '../../lib/systems';
import { ask, stubUnimplemented } from '../entrypoints/background/fake-background';

// The one registry line: lib/systems/index.ts builds the product's registry with zz-fake listed before the fallback.
vi.mock('../../lib/systems/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/systems/registry')>();
  const { zzFake } = await import('./zz-fake');
  type List = Parameters<typeof real.systemRegistry>[0];
  return {
    ...real,
    systemRegistry: (list: List) => {
      const { generic, ...rest } = list as Record<string, List[string]>;
      return real.systemRegistry(generic ? ({ ...rest, 'zz-fake': zzFake, generic } as List) : list);
    },
  };
});

const ZZ_URL = 'https://cases.zedland.example/person/77';
const origin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const popup = () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/popup.html`, origin: origin() });
const zedlandFrame = () => ({ id: fakeBrowser.runtime.id, url: ZZ_URL, origin: new URL(ZZ_URL).origin, tab: { id: 8 }, frameId: 0 });
const zzNotePage = () =>
  new JSDOM(
    '<!doctype html><head><meta name="application-name" content="Zedland Cases"></head><body><h1 id="zz-person" data-id="ZZ-77">Quill, Ada</h1><textarea id="zz-note"></textarea></body>',
    { url: ZZ_URL },
  ).window.document;

beforeEach(() => {
  stubUnimplemented(['https://cases.zedland.example/*']);
  background.main();
});

describe('a system added by one registry line', () => {
  it('is in the product registry, before the fallback', () => {
    expect(SYSTEM_IDS).toEqual(['toolbox', 'workforce-one', 'vos', 'ajl', 'zz-fake', 'generic']);
  });

  it("has its pages kept and its participant's status given by the real background", async () => {
    const read = readPage(zzNotePage(), ZZ_URL);
    expect(read.system).toBe('zz-fake');
    expect(await ask({ kind: 'page-read', read }, zedlandFrame())).toEqual({ ok: true, result: { ok: true } });
    expect(await ask({ kind: 'page-status' }, zedlandFrame())).toMatchObject({ ok: true, result: { name: 'Quill, Ada' } });
    expect(await ask({ kind: 'participant-status', system: 'zz-fake', participantId: 'ZZ-77' }, popup())).toMatchObject({ ok: true, result: { name: 'Quill, Ada' } });
    expect(await ask({ kind: 'list-due' }, popup())).toMatchObject({ ok: true, result: { total: 1 } });
  });

  it("has its notes checked, and templates offered, under its state's pack on its own site", async () => {
    const templates = (await ask({ kind: 'page-templates', system: 'zz-fake' }, zedlandFrame())) as { ok: boolean; result: { id: string }[] };
    expect(templates.ok).toBe(true);
    expect(templates.result.map((t) => t.id)).toContain('mn-monthly');
    const note = { text: 'TC w/ client 3/3 re: bus card.', date: '2026-03-03', contactType: 'telephone', party: 'participant' };
    expect(await ask({ kind: 'page-check', system: 'zz-fake', note }, zedlandFrame())).toMatchObject({ ok: true, result: { findings: expect.any(Array) } });
  });

  it('has a caseload file imported for it from Options', async () => {
    const csv = 'Participant ID,Name,Last Contact Date\nZZ-80,"Byron, Ada",01/05/2026\n';
    expect(await ask({ kind: 'caseload-import', system: 'zz-fake', csv }, popup())).toMatchObject({ ok: true });
    expect(await ask({ kind: 'participant-status', system: 'zz-fake', participantId: 'ZZ-80' }, popup())).toMatchObject({ ok: true, result: { name: 'Byron, Ada' } });
  });
});
