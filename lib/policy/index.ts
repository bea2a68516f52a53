/** The built-in packs by id. */
import type { PolicyId } from '../model';
import { mnWf1 } from './mn-wf1';
import { moDwdToolbox } from './mo-dwd-toolbox';
import { parsePack, type PolicyPack } from './schema';
import { wioaBaseline } from './wioa-baseline';

export * from './schema';

export const PACKS: Readonly<Record<PolicyId, PolicyPack>> = {
  'mo-dwd-toolbox': parsePack(moDwdToolbox),
  'mn-wf1': parsePack(mnWf1),
  'wioa-baseline': parsePack(wioaBaseline),
};

export function getPack(id: string): PolicyPack | undefined {
  return Object.hasOwn(PACKS, id) ? PACKS[id as PolicyId] : undefined;
}
