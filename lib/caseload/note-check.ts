/**
 * Checking a note for a content script: the rules run in the background, so
 * the script in the page carries none of them (ARCHITECTURE.md, "Checking a
 * note"). The pack for a page is built once per pack and set of overrides,
 * not on every key.
 */
import type { CaseNoteInput, NoteVerdict, SystemId } from '../model';
import { packFor, packIdFor } from '../pack-for';
import type { PolicyPack } from '../policy/schema';
import { checkNote } from '../rules';
import type { Settings } from '../settings';
import type { BuiltInSite } from '../systems';
import { templatesFor } from '../templates';
import type { NoteTemplate } from '../templates';

export interface NoteChecker {
  check(note: CaseNoteInput, system: SystemId, url: string, settings: Settings): NoteVerdict;
  templates(system: SystemId, url: string, settings: Settings): NoteTemplate[];
}

export function createNoteChecker(today: () => string, sites?: readonly BuiltInSite[]): NoteChecker {
  let last: { key: string; pack: PolicyPack } | null = null;
  const packOf = (system: SystemId, url: string, settings: Settings): PolicyPack => {
    const key = JSON.stringify([packIdFor(system, settings, url, sites), settings.ruleOverrides]);
    if (last?.key !== key) last = { key, pack: packFor(system, settings, url, sites) };
    return last.pack;
  };
  return {
    check: (note, system, url, settings) => checkNote(note, { pack: packOf(system, url, settings), today: today() }),
    templates: (system, url, settings) => templatesFor(packOf(system, url, settings), settings.templates),
  };
}
