/**
 * The built-in policy packs, one line per pack: the list the registry (index.ts) is built from.
 * Each pack's file spells out every field, defaults included, so a pack here is already what
 * parsePack makes of it (tests/packs/builtin.test.ts fails on a pack that is invalid or is not).
 * No zod on this path: `cli audit` checks notes against these packs without loading it, while
 * the extension's registry still checks each one when it is built.
 */
import type { PolicyPack } from '../policy/schema';
import { mnWf1 } from './mn-wf1';
import { moDwdToolbox } from './mo-dwd-toolbox';
import { wioaBaseline } from './wioa-baseline';

export const BUILT_IN_PACKS = {
  'mo-dwd-toolbox': moDwdToolbox,
  'mn-wf1': mnWf1,
  'wioa-baseline': wioaBaseline,
} satisfies Record<string, PolicyPack>;

/** A built-in pack by id (never one of Object's own properties). */
export function builtInPack(id: string): PolicyPack | undefined {
  return Object.hasOwn(BUILT_IN_PACKS, id) ? (BUILT_IN_PACKS as Record<string, PolicyPack>)[id] : undefined;
}
