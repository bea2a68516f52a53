/**
 * What the background does with each message: the caseload database,
 * settings and drafts behind one set of handlers. No extension APIs here —
 * storage for settings and "today" come in as parameters — so the whole
 * service is tested in Node with fake-indexeddb.
 */
import { z } from 'zod';
import type { PageRead, ContactRead } from '../adapters/types';
import { isWritten, type SystemId } from '../model';
import type { CaseloadDb } from '../db/db';
import { importCaseload } from './import';
import { storeList } from './list-store';
import { PageNotices, type NoticeStore } from './page-notices';
import {
  clearDraft,
  forgetEverything,
  listDue,
  loadDraft,
  participantStatus,
  saveDraft,
  upsertParticipants,
  type ContactInput,
  type ParticipantInput,
} from '../db/queries';
import { participantKey, participantRowSchema, type ParticipantRow } from '../db/schema';
import type { Handlers } from '../messages';
import { PACK_IDS, PACKS } from '../packs';
import type { PolicyPack } from '../policy/schema';
import { packFor, packIdFor } from '../pack-for';
import type { BuiltInSite } from '../sites';
import { checkNote } from '../rules';
import { scheduleRulesSchema, type ScheduleRules } from '../schedule/rules';
import { applySettingsChange, resolveSettings, settingsByKey, settingsChangeSchema, settingsPatchSchema, type EffectiveSettings, type Settings } from '../settings';
import { describeZodError, zodIssues } from '../zod-errors';
import { exportDueCsv, parseCaseloadCsv } from './csv';
import { statusView } from './status-view';
import { keptName } from '../words';

/** Read from the participant's own page in the system (not a list or a file). */

export interface SettingsStore {
  getLocal(): Promise<unknown>;
  setLocal(value: Partial<Settings>): Promise<void>;
  getManaged(): Promise<unknown>;
  /**
   * Agency policy as last seen, without waiting for the browser's first read
   * (which can take seconds on a fresh profile). What a page shows is recorded
   * and its participant's status answered with this; the background republishes
   * when the read arrives. Missing: the same as getManaged.
   */
  knownManaged?(): Promise<unknown>;
}

export interface ServiceDeps {
  db: CaseloadDb;
  store: SettingsStore;
  /** Today's local calendar date, 'YYYY-MM-DD'. */
  today(): string;
  /** The current instant, ISO 8601 (draft timestamps). */
  now(): string;
  /** Called after anything that can change who is overdue (badge refresh). */
  onCaseloadChanged?(): void;
  /** The build's sites whose own state sets the pack (a test build adds the demo's); the real ones by default. */
  sites?: readonly BuiltInSite[];
  /** Where what the last pages could not take whole is kept (page-notices.ts); in memory without one. */
  notices?: NoticeStore;
}

/**
 * The due-date rules for a participant's system and the page they were read
 * from under these settings: Toolbox Missouri's, Workforce One Minnesota's,
 * MoJobs Missouri's (its origin, not Options, decides), other sites the pack
 * Options chooses or, with none, the WIOA baseline on another state's
 * Virtual OneStop or JobLink. `sites`: the build's sites with a state pack.
 */
export function rulesFor(settings: Settings, sites?: readonly BuiltInSite[]): (system: SystemId, url?: string | null) => ScheduleRules {
  const byPack = new Map<string, ScheduleRules>();
  return (system, url) => {
    const id = packIdFor(system, settings, url, sites);
    let rules = byPack.get(id);
    if (!rules) {
      rules = scheduleRulesFor(packFor(system, settings, url, sites), settings);
      byPack.set(id, rules);
    }
    return rules;
  };
}

/** The due-date rules a pack and the local settings imply. */
export function scheduleRulesFor(pack: PolicyPack, settings: Settings): ScheduleRules {
  const local = settings.intervalDays ?? undefined;
  if (pack.interval.kind === 'days') {
    return scheduleRulesSchema.parse({
      kind: 'days',
      days: pack.interval.days,
      ...(local !== undefined && local < pack.interval.days ? { localDays: local } : {}),
      softExit: pack.interval.onMiss === 'soft-exit',
      dueSoonDays: settings.dueSoonDays,
    });
  }
  // "Monthly" read as a contact in every calendar month, unless the local area sets a shorter rolling window.
  if (local !== undefined && local <= 28) return scheduleRulesSchema.parse({ kind: 'rolling-days', days: local, dueSoonDays: settings.dueSoonDays });
  return scheduleRulesSchema.parse({ kind: 'calendar-month', dueSoonDays: settings.dueSoonDays });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A short stable id for a note so two different notes on one day never collapse into one. */
function noteRef(c: ContactRead): string {
  let h = 2166136261;
  const s = `${c.date}|${c.contactTypeText}|${normalise(c.text)}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Classifies one note read from the page with the rules, as the schedule needs it. */
export function contactFromNote(c: ContactRead, pack: PolicyPack, today: string): ContactInput {
  const verdict = checkNote({ text: c.text, contactType: c.contactType, contactDate: c.date, hasDateField: true }, { pack, today });
  const type = verdict.contactType ?? c.contactType;
  const written = isWritten(type);
  return {
    date: c.date,
    contactType: type,
    party: verdict.party,
    qualifies: verdict.qualifies,
    // A written contact qualifies only with the participant's reply documented; this note is where it is.
    responseDate: written && verdict.qualifies ? c.date : null,
    source: 'page',
    sourceRef: noteRef(c),
  };
}

export function createService(deps: ServiceDeps): Handlers & { effectiveSettings(): Promise<EffectiveSettings> } {
  const { db, store } = deps;
  const notices = new PageNotices(deps.notices);

  async function effectiveSettings(): Promise<EffectiveSettings> {
    const [local, managed] = await Promise.all([store.getLocal().catch(() => undefined), store.getManaged().catch(() => undefined)]);
    return resolveSettings(local, managed);
  }

  /** For what pages send and show: never waits on the browser's first read of agency policy. */
  async function settingsNow(): Promise<Settings> {
    const managed = store.knownManaged ?? store.getManaged;
    const [local, policy] = await Promise.all([store.getLocal().catch(() => undefined), managed().catch(() => undefined)]);
    return resolveSettings(local, policy).settings;
  }

  async function existingRow(key: string): Promise<ParticipantRow | null> {
    const parsed = participantRowSchema.safeParse(await db.participants.get(key));
    return parsed.success ? parsed.data : null;
  }

  async function storeParticipantPage(read: PageRead, settings: Settings): Promise<void> {
    const p = read.participant;
    if (!p) return;
    const system = read.system;
    const key = participantKey(system, p.id);
    const pack = packFor(system, settings, p.url, deps.sites);
    const today = deps.today();
    const existing = await existingRow(key);
    const at = deps.now();
    // A page that does not show the note history (a Workforce One Summary, a note form) says nothing about contacts.
    const showsHistory = read.historyShown || read.contacts.length > 0;
    const participant: ParticipantInput = {
      system,
      participantId: p.id,
      name: keptName(existing?.name, p.name, p.id),
      // Empty when the page's address was not one to keep (lib/adapters/links.ts): no link, never a bad one.
      url: read.page === 'participant' ? p.url || null : (existing?.url ?? (p.url || null)),
      enrolledDate: existing?.enrolledDate ?? null,
      // A notes page shows only the header: empty activities there mean "not shown", not "none".
      activities: p.activitiesShown ? p.activities : (existing?.activities ?? []),
      plannedGaps: p.activitiesShown ? p.plannedGaps : (existing?.plannedGaps ?? []),
      activitiesRead: p.activitiesShown ? { from: 'participant-page', at } : (existing?.activitiesRead ?? null),
      historyRead: showsHistory ? { from: read.page === 'participant' ? 'participant-page' : 'notes-page', at } : (existing?.historyRead ?? null),
    };
    if (showsHistory) {
      // The page's own note history replaces what a caseload list or import guessed.
      await db.contacts.where('participantKey').equals(key).filter((c) => c.source !== 'page').delete();
    }
    const contacts = read.contacts.map((c) => contactFromNote(c, pack, today));
    // Their status is worked out when asked (the list, the sidebar), not here.
    await upsertParticipants(db, [{ participant, contacts }], { today });
    await clearSavedDrafts(key, read.contacts);
  }

  /** A draft whose text now appears in the system's note history was saved: forget it. */
  async function clearSavedDrafts(key: string, contacts: readonly ContactRead[]): Promise<void> {
    if (!contacts.length) return;
    const saved = new Set(contacts.map((c) => normalise(c.text)));
    const drafts = await db.drafts.where('participantKey').equals(key).toArray();
    const done = drafts.filter((d) => typeof d.text === 'string' && saved.has(normalise(d.text))).map((d) => d.key);
    if (done.length) await db.drafts.bulkDelete(done);
  }

  /** A caseload page's rows: one batch, whatever the length of the list (list-store.ts). */
  async function storeCaseload(read: PageRead): Promise<void> {
    const at = deps.now();
    await storeList(
      db,
      read.caseload.map((entry) => ({
        system: read.system,
        participantId: entry.id,
        name: entry.name || null,
        url: entry.url,
        lastContactDate: entry.lastContactDate ?? null,
        activity: entry.activity ? { name: entry.activity, code: null, startDate: null, endDate: null } : null,
        from: 'caseload-list' as const,
        at,
      })),
      deps.today(),
    );
  }

  const changed = () => deps.onCaseloadChanged?.();

  async function importCsv(csv: string, system: SystemId) {
    const preview = parseCaseloadCsv(csv);
    if (!preview.rows.length) return { imported: 0, errors: preview.errors };
    const { imported } = await importCaseload(db, preview.rows, { system, today: deps.today(), at: deps.now() });
    changed();
    return { imported, errors: preview.errors };
  }

  // Page reads arrive from several frames at once; one at a time keeps "has this
  // participant's own history been read?" true when the next read asks it.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Notes just submitted, by draft key: their text is not kept or offered as a draft again. Short-lived by design. */
  const submitted = new Map<string, string>();
  function rememberSubmitted(key: string, text: string): void {
    submitted.delete(key);
    submitted.set(key, text);
    // A handful is all a working session needs; the oldest go first.
    while (submitted.size > 50) submitted.delete(submitted.keys().next().value as string);
  }

  let settingsQueue: Promise<unknown> = Promise.resolve();
  function settingsSerially<T>(work: () => Promise<T>): Promise<T> {
    const run = settingsQueue.then(work, work);
    settingsQueue = run.catch(() => undefined);
    return run;
  }

  return {
    effectiveSettings,

    async 'page-read'({ read }) {
      return serially(async () => {
        if (!read.participant && !read.caseload.length) {
          await notices.record(read);
          return { ok: true as const };
        }
        // Read before the transaction: awaiting anything but the database inside one would end it.
        const settings = await settingsNow();
        // One transaction per page read: all of it is stored, or none of it.
        await db.transaction('rw', [db.participants, db.contacts, db.summary, db.drafts], async () => {
          if (read.participant) await storeParticipantPage(read, settings);
          if (read.caseload.length) await storeCaseload(read);
        });
        // Said once what was read is stored: the popup shows both together.
        await notices.record(read);
        changed();
        return { ok: true as const };
      });
    },

    async 'participant-status'({ system, participantId }) {
      const settings = await settingsNow();
      // Worked out now, for today and the current rules, from every contact on file.
      const today = deps.today();
      const found = await participantStatus(db, participantKey(system, participantId), { rules: rulesFor(settings, deps.sites), today });
      return found ? statusView(found.row, found.status, today) : null;
    },

    // Drafts wait behind page reads: a read that shows the note saved clears its draft before it can be offered.
    async 'draft-load'({ participantKey: key, pageKind }) {
      return serially(async () => {
        const d = await loadDraft(db, key, pageKind);
        if (!d) return null;
        if (submitted.get(d.key) === normalise(d.text)) {
          await clearDraft(db, key, pageKind);
          return null;
        }
        return { text: d.text, updatedAt: d.updatedAt, contactType: d.contactType, date: d.date };
      });
    },
    async 'draft-save'({ participantKey: key, pageKind, text, contactType, date }) {
      return serially(async () => {
        // A save that was on its way when the note was submitted is not kept: the note is in the system now.
        if (!text.trim() || submitted.get(`${key}|${pageKind}`) === normalise(text)) await clearDraft(db, key, pageKind);
        else {
          submitted.delete(`${key}|${pageKind}`);
          await saveDraft(db, { participantKey: key, pageKind, text, contactType: contactType ?? null, date: date ?? null, updatedAt: deps.now() });
        }
        return { ok: true as const };
      });
    },
    async 'draft-discard'({ participantKey: key, pageKind, submitted: text }) {
      return serially(async () => {
        if (text !== undefined) rememberSubmitted(`${key}|${pageKind}`, normalise(text));
        await clearDraft(db, key, pageKind);
        return { ok: true as const };
      });
    },

    async 'settings-get'() {
      const eff = await effectiveSettings();
      return { ...eff, packs: PACK_IDS.map((id) => ({ id, name: PACKS[id].name })) };
    },
    async 'settings-set'({ patch }) {
      // One change at a time: each reads the stored settings the previous one wrote.
      return settingsSerially(async () => {
        const eff = await effectiveSettings();
        const lockedTouched = Object.keys(patch).filter((k) => (eff.locked as string[]).includes(k));
        if (lockedTouched.length) return { error: `Set by your agency and locked: ${lockedTouched.join(', ')}.` };
        const parsed = settingsChangeSchema.safeParse(patch);
        if (!parsed.success) return { error: describeZodError(parsed.error) };
        // Stored keys that no longer read are dropped here (settings-get named them), never the good ones.
        const stored = settingsByKey(await store.getLocal().catch(() => ({}))).values;
        const next = settingsPatchSchema.safeParse(applySettingsChange(stored, parsed.data));
        if (!next.success) return { error: describeZodError(next.error) };
        await store.setLocal(next.data);
        changed();
        return { error: null };
      });
    },
    async 'settings-export'() {
      const { settings } = await effectiveSettings();
      return { json: JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings }, null, 2) };
    },
    async 'settings-import'({ text }) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return { errors: ['This file is not JSON. Choose a settings file exported from Case Note Coach.'] };
      }
      const file = settingsFileSchema.safeParse(data);
      if (!file.success) return { errors: zodIssues(file.error, 'file') };
      const eff = await effectiveSettings();
      const imported = Object.fromEntries(Object.entries(file.data.settings).filter(([k]) => !(eff.locked as string[]).includes(k)));
      // All or nothing: the file was validated whole before anything is written.
      await settingsSerially(() => store.setLocal(imported));
      changed();
      return { errors: [] };
    },

    // The popup's list and export never wait on the first agency-policy read (seconds on a fresh profile, or never):
    // they use the policy last seen, and the popup reloads when the read brings a change.
    async 'list-due'({ limit }) {
      const settings = await settingsNow();
      const list = await listDue(db, { today: deps.today(), withinDays: settings.dueSoonDays, rules: rulesFor(settings, deps.sites), limit });
      return {
        items: list.items,
        total: list.total,
        dueCount: list.due,
        overdueCount: list.overdue,
        unreadable: list.unreadable,
        dueSoonDays: settings.dueSoonDays,
        noContact: list.noContact,
        noContactCount: list.noContactCount,
        pageNotices: await notices.list(),
      };
    },
    async 'caseload-preview'({ csv }) {
      const preview = parseCaseloadCsv(csv);
      return { rows: preview.rows.map(({ line, participantId, name, lastContactDate, activity }) => ({ line, participantId, name, lastContactDate, activity })), errors: preview.errors };
    },
    async 'caseload-import'({ csv, system }) {
      return serially(() => importCsv(csv, system));
    },
    async 'caseload-export'() {
      const settings = await settingsNow();
      const { items } = await listDue(db, { today: deps.today(), withinDays: settings.dueSoonDays, rules: rulesFor(settings, deps.sites) });
      return { csv: exportDueCsv(items) };
    },
    async 'forget-everything'() {
      return serially(async () => {
        await forgetEverything(db);
        await notices.clear();
        changed();
        return { ok: true as const };
      });
    },
  };
}

const settingsFileSchema = z.object({
  format: z.literal('case-note-coach-settings', { message: 'not a Case Note Coach settings file' }),
  version: z.literal(1),
  settings: settingsPatchSchema,
});
