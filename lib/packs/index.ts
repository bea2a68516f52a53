/**
 * The policy packs, one file each, and their registry. Everything that lists packs (the
 * settings' and messages' pack ids, the managed-policy schema, Options' list, the command line)
 * is derived from the one line per pack in builtin.ts, so adding a pack is its file plus that
 * line (ARCHITECTURE.md); the registry itself is built by registry.ts, which checks each pack.
 */
import type { PolicyPack } from '../policy/schema';
import { BUILT_IN_PACKS } from './builtin';
import { packRegistry } from './registry';

export { packRegistry, type PackRegistry } from './registry';

/** The registry of the built-in packs, each checked. */
export const PACK_REGISTRY = packRegistry(BUILT_IN_PACKS);

export type PackId = keyof typeof PACK_REGISTRY.packs;
export const PACKS = PACK_REGISTRY.packs;
export const PACK_IDS = PACK_REGISTRY.ids;
export const packIdSchema = PACK_REGISTRY.idSchema;
export const getPack = (id: string): PolicyPack | undefined => PACK_REGISTRY.get(id);
