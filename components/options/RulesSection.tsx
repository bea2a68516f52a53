import type { Severity } from '../../lib/model';
import type { RuleSetting } from '../../lib/policy/schema';
import type { Settings, SettingsChange } from '../../lib/settings';
import { SEVERITY_LABEL } from '../../lib/words';
import { LockNote } from './common';

export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
}

const SHOWN_AS: Severity[] = ['error', 'warning', 'info'];

/** Each check's severity, or off; "Default" names the pack's own severity. */
export function RulesSection(p: { rules: RuleInfo[]; overrides: Settings['ruleOverrides']; locked: boolean; save(patch: SettingsChange): void }) {
  return (
    <section aria-labelledby="rules-h">
      <h2 id="rules-h">Checks</h2>
      <LockNote locked={p.locked} />
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Shown as</th>
          </tr>
        </thead>
        <tbody>
          {p.rules.map((r) => (
            <tr key={r.id}>
              <td>
                <label for={`rule-${r.id}`}>{r.title}</label> <code>{r.id}</code>
              </td>
              <td>
                <select
                  id={`rule-${r.id}`}
                  disabled={p.locked}
                  value={p.overrides[r.id] ?? 'default'}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value;
                    // Only this rule: the background merges it, so a quick change to another rule is kept too.
                    p.save({ ruleOverrides: { [r.id]: v === 'default' ? null : (v as RuleSetting) } });
                  }}
                >
                  <option value="default">Default ({SEVERITY_LABEL[r.severity]})</option>
                  {SHOWN_AS.map((s) => (
                    <option key={s} value={s}>
                      {SEVERITY_LABEL[s]}
                    </option>
                  ))}
                  <option value="off">Off</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
