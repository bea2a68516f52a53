/**
 * The policy packs, one file each, and the one line per pack that registers
 * it. Everything that lists packs (the settings' and messages' pack ids, the
 * managed-policy schema, Options' list, the command line) is derived from here,
 * so adding a pack is its file plus one line below (ARCHITECTURE.md); the
 * registry itself is built by registry.ts.
 */
import type { PolicyPack } from '../policy/schema';
import { mnWf1 } from './mn-wf1';
import { moDwdToolbox } from './mo-dwd-toolbox';
import { packRegistry } from './registry';
import { wioaBaseline } from './wioa-baseline';

export { packRegistry, type PackRegistry } from './registry';

/** The registry: one line per pack. */
export const PACK_REGISTRY = packRegistry({
  'mo-dwd-toolbox': moDwdToolbox,
  'mn-wf1': mnWf1,
  'wioa-baseline': wioaBaseline,
});

export type PackId = keyof typeof PACK_REGISTRY.packs;
export const PACKS = PACK_REGISTRY.packs;
export const PACK_IDS = PACK_REGISTRY.ids;
export const packIdSchema = PACK_REGISTRY.idSchema;
export const getPack = (id: string): PolicyPack | undefined => PACK_REGISTRY.get(id);
