import type { PackId } from '../../lib/packs';
import type { SettingKey, Settings, SettingsChange } from '../../lib/settings';
import { LockNote, NumberField } from './common';

/** The pack for other sites, a local contact interval and the "due soon" window. */
export function PolicySection(p: {
  settings: Settings;
  packs: { id: PackId; name: string }[];
  isLocked(k: SettingKey): boolean;
  save(patch: SettingsChange): void;
}) {
  const { settings, isLocked, save } = p;
  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">Policy</h2>
      <p class="hint">
        Toolbox and MoJobs pages always use the Missouri pack and Workforce One pages the Minnesota pack. Another state's Virtual
        OneStop or America's JobLink gets the WIOA baseline unless you choose a pack here: a starting point to adjust, not your
        state's policy.
      </p>
      <label>
        Policy pack for other sites
        <LockNote locked={isLocked('pack')} />
        <select
          value={settings.pack ?? ''}
          disabled={isLocked('pack')}
          onChange={(e) => save({ pack: ((e.currentTarget as HTMLSelectElement).value || null) as PackId | null })}
        >
          <option value="">None chosen: WIOA baseline on other states' Virtual OneStop and JobLink, Missouri elsewhere</option>
          {p.packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Local contact interval in days (blank: the pack's own)"
        value={settings.intervalDays}
        locked={isLocked('intervalDays')}
        onSave={(v) => save({ intervalDays: v })}
      />
      <NumberField label="Show as due soon within (days)" value={settings.dueSoonDays} locked={isLocked('dueSoonDays')} onSave={(v) => save({ dueSoonDays: v ?? 0 })} />
    </section>
  );
}
