/**
 * The options page: settings (with agency locks), templates, sites,
 * import/export, "forget all" and the caseload import, all asked of the
 * background through `send`. The shell (entrypoints/options/) gives it the
 * extension-page channel and the browser's site-permission prompt.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { matchPatternError, patternHost } from '../../lib/adapters/custom-site';
import type { ExtensionRequest, makeClient, Response } from '../../lib/messages';
import { RULES } from '../../lib/rules';
import type { SettingKey, SettingsChange } from '../../lib/settings';
import { CaseloadImport } from '../CaseloadImport';
import { Options } from './Options';

type Send = ReturnType<typeof makeClient<ExtensionRequest>>;

const RULE_INFO = RULES.map((r) => ({ id: r.id, title: r.message, severity: r.severity }));

interface OptionsPageProps {
  send: Send;
  requestSite(pattern: string): Promise<boolean>;
  /**
   * Calls `reload` when the settings in force may have changed elsewhere: above all when the browser's first
   * read of agency policy arrives (the page was answered under the policy last seen); returns the unsubscribe.
   */
  onSettingsChanged?(reload: () => void): () => void;
}

export function OptionsPage({ send, requestSite, onSettingsChanged }: OptionsPageProps) {
  const [state, setState] = useState<Response<'settings-get'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  // Only the newest answer is shown: two quick changes reload twice, and the older answer may arrive last.
  const reload = () => {
    const asked = ++latest.current;
    return send({ kind: 'settings-get' })
      .then((s) => asked === latest.current && setState(s))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    void reload();
    return onSettingsChanged?.(() => void reload());
  }, []);

  if (error) return <p role="alert">Couldn't load settings: {error}</p>;
  if (!state) return <p role="status">Loading settings…</p>;
  return (
    <>
      <Options
        settings={state.settings}
        locked={state.locked as SettingKey[]}
        problems={state.problems}
        rules={RULE_INFO}
        packs={state.packs}
        onChange={async (patch: SettingsChange) => {
          const { error: problem } = await send({ kind: 'settings-set', patch });
          await reload();
          return problem;
        }}
        validateSitePattern={matchPatternError}
        onRequestSite={requestSite}
        onExport={async () => (await send({ kind: 'settings-export' })).json}
        onImport={async (text) => {
          const { errors } = await send({ kind: 'settings-import', text });
          await reload();
          return errors;
        }}
        onForgetAll={async () => {
          await send({ kind: 'forget-everything' });
        }}
      />
      <CaseloadImport
        sites={[...new Set(state.settings.customSites.flatMap((s) => patternHost(s.pattern) ?? []))]}
        preview={(csv) => send({ kind: 'caseload-preview', csv })}
        commit={(csv, system, site) => send({ kind: 'caseload-import', csv, system, ...(site ? { site } : {}) })}
      />
    </>
  );
}
