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
import { templatesFor } from '../templates/templates';
import type { NoteTemplate } from '../templates/templates';

interface NoteChecker {
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

/**
 * The checker as the background's gate asks for it: by note, system and page only, with the
 * settings the pages see fetched on every call, so a change in Options applies to the next key.
 */
export function checksUnder(checker: NoteChecker, settings: () => Promise<Settings>) {
  return {
    checkNote: async (note: CaseNoteInput, system: SystemId, url: string): Promise<NoteVerdict> => checker.check(note, system, url, await settings()),
    templatesFor: async (system: SystemId, url: string): Promise<NoteTemplate[]> => checker.templates(system, url, await settings()),
  };
}
