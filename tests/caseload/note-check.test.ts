import { describe, expect, it } from 'vitest';
import { checksUnder, createNoteChecker } from '../../lib/caseload/note-check';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { NoteTemplate } from '../../lib/templates/templates';

const URL = 'https://elsewhere.example/case/1';
const ATTEMPT = { text: 'Called customer 11/20, no answer, left a voicemail.', contactType: 'telephone', contactDate: '2026-11-20', contactDateText: '11/20/2026', hasDateField: true } as const;

describe('note checks as the background gate asks for them', () => {
  it('checks under the settings the pages see at the moment of each check: a rule turned off in Options applies to the next key', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, pack: 'mo-dwd-toolbox' };
    const { checkNote } = checksUnder(createNoteChecker(() => '2026-11-25'), async () => settings);
    const rules = async () => (await checkNote({ ...ATTEMPT, enteredDate: null }, 'generic', URL)).findings.map((f) => f.rule);
    expect(await rules()).toContain('unsuccessful-attempt');
    settings = { ...settings, ruleOverrides: { 'unsuccessful-attempt': 'off' } };
    expect(await rules()).not.toContain('unsuccessful-attempt');
  });

  it("offers the templates of the pack the settings choose, and an agency's own among them", async () => {
    const own: NoteTemplate = { id: 'agency-visit', label: 'Agency visit', packs: [], contactType: 'in-person', party: 'participant', attemptOnly: false, body: 'Met {{participantName}}.' };
    let settings: Settings = { ...DEFAULT_SETTINGS, pack: 'mn-wf1' };
    const { templatesFor } = checksUnder(createNoteChecker(() => '2026-11-25'), async () => settings);
    expect((await templatesFor('generic', URL)).map((t) => t.id)).not.toContain('agency-visit');
    settings = { ...settings, templates: [own] };
    expect((await templatesFor('generic', URL)).map((t) => t.id)).toContain('agency-visit');
  });
});
