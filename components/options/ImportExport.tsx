import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { decodeCsvBytes } from '../../lib/caseload/decode';
import { downloadText } from '../download';
import { ErrorList, type SetMessage } from './common';

/** Settings and templates to and from a JSON file; a file with any bad value changes nothing. */
export function ImportExport(p: { onExport(): Promise<string>; onImport(text: string): Promise<string[]>; onMessage: SetMessage }) {
  const [errors, setErrors] = useState<string[]>([]);
  const doExport = async () => {
    downloadText('case-note-coach-settings.json', await p.onExport(), 'application/json');
  };
  const doImport = async (e: TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    // Bytes, not file.text(): a file edited in Notepad may be UTF-16 ("Unicode") or Windows-1252, read as the caseload import reads them.
    const problems = await p.onImport(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())).text);
    setErrors(problems);
    p.onMessage(problems.length ? { text: 'the file was not imported; nothing was changed.', error: true } : { text: 'Settings imported.', error: false });
  };
  return (
    <div class="io">
      <button type="button" onClick={doExport}>
        Export settings and templates
      </button>
      <label>
        Import settings (JSON)
        <input type="file" accept="application/json,.json" onChange={doImport} />
      </label>
      <ErrorList errors={errors} />
    </div>
  );
}
