/** The agency-policy schema each build writes is derived from the settings and the pack registry. */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../lib/managed-schema';
import { PACK_IDS } from '../lib/packs';
import { SETTING_KEYS } from '../lib/settings';

describe('the managed-policy schema', () => {
  const props = managedSchema().properties as Record<string, { enum?: string[]; items?: { properties?: Record<string, { items?: { enum?: string[] } }> } }>;

  it('describes every setting and the locks, and nothing else', () => {
    expect(Object.keys(props).sort()).toEqual([...SETTING_KEYS, 'lockedSettings'].sort());
  });

  it("offers exactly the registry's packs, for the pack and for an agency template's packs", () => {
    expect(props.pack?.enum).toEqual([...PACK_IDS]);
    expect(props.templates?.items?.properties?.packs?.items?.enum).toEqual([...PACK_IDS]);
  });
});
