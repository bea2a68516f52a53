/**
 * Builds a pack registry from packs keyed by id: each pack is checked and must carry the id it is
 * listed under. Everything that lists packs is derived from the registry index.ts builds with this.
 */
import * as z from 'zod';
import { PackError, parsePack, type PackInput, type PolicyPack } from '../policy/schema';

export interface PackRegistry<Id extends string> {
  /** Every pack by id, checked. */
  readonly packs: Readonly<Record<Id, PolicyPack>>;
  /** The ids in registry order; the first is the default for sites with no state of their own. */
  readonly ids: readonly [Id, ...Id[]];
  /** A pack id as stored in settings or sent in a message. */
  readonly idSchema: z.ZodType<Id>;
  get(id: string): PolicyPack | undefined;
}

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
