/**
 * Adding a system is its own folder plus one registry line: a fake system
 * added that way (tests/systems/zz-fake/, and one line in a registry built
 * here) is detected and read, named on the status line, offered in the
 * caseload import form, checked against its state's pack on its own site,
 * run on by a build (host permissions and content-script matches), named in
 * the agency-policy schema, and its demo (tests/demo/systems/zz-fake.ts) served
 * and listed by the demo server, with nothing else changed. (A real system's saved pages and
 * their checks are found by its id too: tests/systems/conventions.test.ts.)
 */
import { get } from 'node:http';
import { render } from '@testing-library/preact';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CaseloadImport } from '../../components/CaseloadImport';
import { managedSchema } from '../../lib/managed-schema';
import { PACK_REGISTRY } from '../../lib/packs';
import { packIdFor } from '../../lib/pack-for';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { SYSTEM_IDS, SYSTEM_REGISTRY, SystemError, systemRegistry } from '../../lib/systems';
import type { SystemDef } from '../../lib/systems';
import { ajl } from '../../lib/systems/ajl';
import { generic } from '../../lib/systems/generic';
import { pageReader } from '../../lib/systems/read';
import { toolbox } from '../../lib/systems/toolbox';
import { vos } from '../../lib/systems/vos';
import { workforceOne } from '../../lib/systems/workforce-one';
import { startDemoServer } from '../demo/server';
import { loadFixture } from './fixtures';
import { zzFake } from './zz-fake';

const registry = systemRegistry({
  toolbox,
  'workforce-one': workforceOne,
  vos,
  ajl,
  'zz-fake': zzFake,
  generic,
});
const readPage = pageReader(registry);

/** A page of the demo server, fetched by Node (the DOM environment's fetch applies a page's CORS rules). */
const demoPage = (url: string) =>
  new Promise<{ status: number; html: string }>((resolve, reject) => {
    get(url, (res) => {
      let html = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (html += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, html }));
    }).on('error', reject);
  });

const ZZ_URL = 'https://cases.zedland.example/person/77';
const zzPage = (body: string) =>
  new JSDOM(`<!doctype html><head><meta name="application-name" content="Zedland Cases"></head><body>${body}</body>`, { url: ZZ_URL }).window.document;

describe('the system registry', () => {
  it('lists a new system before the fallback and knows its id', () => {
    expect(registry.ids).toEqual(['toolbox', 'workforce-one', 'vos', 'ajl', 'zz-fake', 'generic']);
    expect(registry.isId('zz-fake')).toBe(true);
    expect(registry.isId('zz-fak')).toBe(false);
    expect(registry.get('toString')).toBeUndefined();
    expect(registry.of('no-longer-known')).toBe(generic);
  });

  it("detects the new system's pages by its own marker, and reads them with its own reader", () => {
    const doc = zzPage('<h1 id="zz-person" data-id="ZZ-77">Quill, Ada</h1><textarea id="zz-note"></textarea>');
    expect(registry.detect(doc, ZZ_URL)).toBe('zz-fake');
    const read = readPage(doc, ZZ_URL);
    expect(read).toMatchObject({ system: 'zz-fake', page: 'note-editor', participant: { id: 'ZZ-77', name: 'Quill, Ada' }, editor: { noteField: 'textarea#zz-note' } });
    expect(readPage(zzPage('<p>Welcome</p>'), ZZ_URL).problems).toContain('No Zedland participant on this page.');
  });

  it('leaves the other systems\' pages to them, and unclaimed pages to the fallback', () => {
    const { doc, url } = loadFixture('toolbox', 'participant.html');
    expect(registry.detect(doc, url)).toBe('toolbox');
    const plain = new JSDOM('<textarea name="note"></textarea>', { url: 'https://cases.example.org/x' }).window.document;
    expect(registry.detect(plain, 'https://cases.example.org/x')).toBe('generic');
  });

  it('names it on the status line and offers it in the caseload import form', () => {
    expect(registry.of('zz-fake').label).toBe('Zedland Cases');
    expect(registry.importChoices.map((c) => c.id)).toEqual(['toolbox', 'workforce-one', 'zz-fake', 'generic']);
    const { container } = render(<CaseloadImport choices={registry.importChoices} preview={() => Promise.reject(new Error('unused'))} commit={() => Promise.reject(new Error('unused'))} />);
    expect([...container.querySelectorAll('option')].map((o) => o.textContent)).toContain('Zedland Cases (test only)');
  });

  it("runs on its sites in a production build, on its stand-in only in a test build, and uses its state's pack there", () => {
    expect(registry.matchesFor('production')).toContain('https://cases.zedland.example/*');
    expect(registry.matchesFor('production')).not.toContain('http://127.0.0.1/zedland/*');
    expect(registry.sitesFor('test').map((s) => s.label)).toContain('Zedland stand-in (demo)');
    const settings = { ...DEFAULT_SETTINGS, pack: 'mo-dwd-toolbox' as const };
    expect(packIdFor('zz-fake', settings, ZZ_URL, registry.sites, registry)).toBe('mn-wf1');
    expect(packIdFor('zz-fake', DEFAULT_SETTINGS, 'https://elsewhere.example/', registry.sites, registry)).toBe('wioa-baseline');
    expect(packIdFor('zz-fake', settings, 'https://elsewhere.example/', registry.sites, registry)).toBe('mo-dwd-toolbox');
  });

  it('names its site among the built-in ones in the agency-policy schema', () => {
    const customSites = (managedSchema(PACK_REGISTRY, registry).properties as Record<string, { description?: string }>).customSites;
    expect(customSites?.description).toContain('Zedland Cases (state of Zedland)');
    expect((managedSchema().properties as Record<string, { description?: string }>).customSites?.description).not.toContain('Zedland');
  });

  it('has its demo served and listed on the start page by a demo server for that registry, and not by the product\'s', async () => {
    const server = await startDemoServer({ systems: registry.ids });
    try {
      const start = (await demoPage(`${server.url}/`)).html;
      expect(start).toContain('Zedland Cases');
      expect(start).toContain('Missouri Toolbox');
      const url = `${server.url}/zedland/person?id=ZZ-77`;
      const doc = new JSDOM((await demoPage(url)).html, { url }).window.document;
      expect(readPage(doc, url)).toMatchObject({ system: 'zz-fake', participant: { id: 'ZZ-77', name: 'Quill, Ada' } });
    } finally {
      await server.close();
    }
    const product = await startDemoServer();
    try {
      expect((await demoPage(`${product.url}/`)).html).not.toContain('Zedland');
      expect((await demoPage(`${product.url}/zedland/person?id=ZZ-77`)).status).toBe(404);
    } finally {
      await product.close();
    }
  });

  it('refuses a system registered under another id, or a fallback that is missing or not last, with words', () => {
    // The type already refuses this; a registry built from data the compiler did not see is checked too.
    const misnamed = zzFake as unknown as SystemDef<'zz-other'>;
    expect(() => systemRegistry({ 'zz-other': misnamed, generic })).toThrow(SystemError);
    expect(() => systemRegistry({ 'zz-other': misnamed, generic })).toThrow(/"zz-fake" is registered as "zz-other"/);
    expect(() => systemRegistry({ toolbox })).toThrow(/exactly one system without detect, listed last/);
    expect(() => systemRegistry({ generic, toolbox })).toThrow(/listed last/);
  });

  it('is the registry the product uses', () => {
    expect(SYSTEM_IDS).toEqual(['toolbox', 'workforce-one', 'vos', 'ajl', 'generic']);
    expect(SYSTEM_REGISTRY.fallback.id).toBe('generic');
  });
});
