/**
 * Adding a pack is its own file plus one registry line: a fake pack added that
 * way (tests/packs/fake-pack.ts, and one line in a registry built here) is
 * listed, accepted as a setting's id, cited, offered its templates and written
 * into the agency-policy schema, with nothing else changed.
 */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../../lib/managed-schema';
import { mnWf1 } from '../../lib/packs/mn-wf1';
import { moDwdToolbox } from '../../lib/packs/mo-dwd-toolbox';
import { wioaBaseline } from '../../lib/packs/wioa-baseline';
import { PACK_IDS, PACKS, packRegistry } from '../../lib/packs';
import { PackError } from '../../lib/policy/schema';
import { checkNote } from '../../lib/rules';
import { templatesFor } from '../../lib/templates/templates';
import { fakePack } from './fake-pack';

const registry = packRegistry({
  'mo-dwd-toolbox': moDwdToolbox,
  'mn-wf1': mnWf1,
  'wioa-baseline': wioaBaseline,
  'zz-fake': fakePack,
});
const fake = registry.get('zz-fake')!;
const today = '2026-11-25';

describe('the pack registry', () => {
  it('lists a new pack after the built-in ones and accepts its id where a pack id is stored', () => {
    expect(registry.ids).toEqual([...PACK_IDS, 'zz-fake']);
    expect(registry.idSchema.safeParse('zz-fake').success).toBe(true);
    expect(registry.idSchema.safeParse('zz-fak').success).toBe(false);
    expect(registry.get('toString')).toBeUndefined();
  });

  it('checks a note against the new pack using its own citations, rule settings and contact template', () => {
    const v = checkNote({ text: 'Met with the participant today at the center.', hasDateField: true }, { pack: fake, today });
    const byRule = Object.fromEntries(v.findings.map((f) => [f.rule, f]));
    expect(Object.keys(byRule).sort()).toEqual(['mn-record-review', 'progress-missing']);
    expect(byRule['progress-missing']).toMatchObject({ cite: 'Zedland Policy 7.2 (progress)', fix: { kind: 'use-template', templateId: 'zz-visit' } });
    // Another state's own check runs because this pack's data switches it on, at the pack's severity.
    expect(byRule['mn-record-review']).toMatchObject({ severity: 'warning', cite: 'Zedland Policy 7.3 (record review)' });
  });

  it("keeps one state's own checks off in a pack that does not switch them on", () => {
    const text = 'Met with the participant today; attending class, grade B, next visit 12/1.';
    const rules = (pack: typeof fake) => checkNote({ text, hasDateField: true }, { pack, today }).findings.map((f) => f.rule);
    expect(rules(PACKS['mn-wf1'])).toContain('mn-record-review');
    expect(rules(PACKS['mo-dwd-toolbox'])).not.toContain('mn-record-review');
    expect(rules(fake)).toContain('mn-record-review');
  });

  it("offers the new pack's own templates only under that pack", () => {
    expect(templatesFor(fake).map((t) => t.id)).toContain('zz-visit');
    expect(templatesFor(PACKS['mo-dwd-toolbox']).map((t) => t.id)).not.toContain('zz-visit');
  });

  it('lets an agency choose the new pack in its policy', () => {
    const pack = (managedSchema(registry).properties as Record<string, { enum?: string[]; description?: string }>).pack;
    expect(pack?.enum).toEqual([...PACK_IDS, 'zz-fake']);
    expect(pack?.description).toContain('zz-fake (Zedland — Contact Policy (test only))');
  });

  it('refuses a pack registered under another id, or a pack that does not parse, with words', () => {
    expect(() => packRegistry({ 'zz-other': fakePack })).toThrow(PackError);
    expect(() => packRegistry({ 'zz-other': fakePack })).toThrow(/"zz-fake" is registered as "zz-other"/);
    expect(() => packRegistry({ 'zz-fake': { ...fakePack, interval: { kind: 'days', days: 0, onMiss: 'overdue' } } })).toThrow(/interval/);
  });
});
