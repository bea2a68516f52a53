// @vitest-environment node
/**
 * The built-in packs as listed (lib/packs/builtin.ts, what `cli audit` checks notes against
 * without zod) are valid and already what parsePack makes of them, so the command line and the
 * extension's registry hold the very same packs.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, builtInPack } from '../../lib/packs/builtin';
import { PACK_IDS, PACKS } from '../../lib/packs';
import { parsePack } from '../../lib/policy/schema';

describe('the built-in packs', () => {
  it.each(Object.entries(BUILT_IN_PACKS))('%s is valid and written out in full (parsePack changes nothing)', (_id, pack) => {
    expect(parsePack(pack)).toStrictEqual(pack);
  });

  it('are the registry’s packs, in its order', () => {
    expect(Object.keys(BUILT_IN_PACKS)).toEqual([...PACK_IDS]);
    for (const id of PACK_IDS) expect(builtInPack(id)).toStrictEqual(PACKS[id]);
  });

  it('are found by id, and nothing else is', () => {
    expect(builtInPack('mn-wf1')?.id).toBe('mn-wf1');
    expect(builtInPack('toString')).toBeUndefined();
    expect(builtInPack('mn-wf')).toBeUndefined();
  });
});
