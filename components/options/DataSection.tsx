import type { SettingKey, Settings, SettingsChange } from '../../lib/settings';
import { ForgetAll } from './ForgetAll';
import { ImportExport } from './ImportExport';
import { LockNote, NumberField, type SetMessage } from './common';

/** What is kept on this computer: retention, the daily notification, settings files, and forgetting everything. */
export function DataSection(p: {
  settings: Settings;
  isLocked(k: SettingKey): boolean;
  save(patch: SettingsChange): void;
  onExport(): Promise<string>;
  onImport(text: string): Promise<string[]>;
  onForgetAll(): Promise<void>;
  onMessage: SetMessage;
}) {
  const { settings, isLocked, save } = p;
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Data on this computer</h2>
      <NumberField
        label="Forget participants not seen for (days; blank keeps them)"
        value={settings.retentionDays}
        locked={isLocked('retentionDays')}
        onSave={(v) => save({ retentionDays: v })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={settings.notifications}
          disabled={isLocked('notifications')}
          onChange={(e) => save({ notifications: (e.currentTarget as HTMLInputElement).checked })}
        />
        Show one notification a day when participants are overdue
        <LockNote locked={isLocked('notifications')} />
      </label>
      <ImportExport onExport={p.onExport} onImport={p.onImport} onMessage={p.onMessage} />
      <ForgetAll onForgetAll={p.onForgetAll} onMessage={p.onMessage} />
    </section>
  );
}
