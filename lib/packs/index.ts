/**
 * The policy packs, one file each, and the one line per pack that registers
 * it. Everything that lists packs (the settings' and messages' pack ids, the
 * managed-policy schema, Options' list, the command line) is derived from here,
 * so adding a pack is its file plus one line below (ARCHITECTURE.md).
 */
import * as z from 'zod';
import { PackError, parsePack, type PackInput, type PolicyPack } from '../policy/schema';
import { mnWf1 } from './mn-wf1';
import { moDwdToolbox } from './mo-dwd-toolbox';
import { wioaBaseline } from './wioa-baseline';

export interface PackRegistry<Id extends string> {
  /** Every pack by id, checked. */
  readonly packs: Readonly<Record<Id, PolicyPack>>;
  /** The ids in registry order; the first is the default for sites with no state of their own. */
  readonly ids: readonly [Id, ...Id[]];
  /** A pack id as stored in settings or sent in a message. */
  readonly idSchema: z.ZodType<Id>;
  get(id: string): PolicyPack | undefined;
}

/** Builds a registry from packs keyed by id; each pack is checked, and must carry the id it is listed under. */
export function packRegistry<const Id extends string>(list: Readonly<Record<Id, PackInput>>): PackRegistry<Id> {
  const ids = Object.keys(list) as Id[];
  if (ids.length === 0) throw new PackError('a pack registry needs at least one pack');
  const packs = {} as Record<Id, PolicyPack>;
  for (const id of ids) {
    const pack = parsePack(list[id]);
    if (pack.id !== id) throw new PackError(`pack "${pack.id}" is registered as "${id}"`);
    packs[id] = pack;
  }
  const tuple = ids as [Id, ...Id[]];
  return {
    packs,
    ids: tuple,
    idSchema: z.enum(tuple) as unknown as z.ZodType<Id>,
    get: (id) => (Object.hasOwn(packs, id) ? packs[id as Id] : undefined),
  };
}

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
