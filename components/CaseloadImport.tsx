import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { plural } from '../lib/words';
import { decodeCsvBytes, MAX_CSV_BYTES, MAX_CSV_CHARS, tooBigMessage } from '../lib/caseload/decode';

import { SYSTEM_REGISTRY } from '../lib/systems';

/** A system id the import form offers (the registry's systems with an `importLabel`). */
export type SystemChoice = string;

export interface PreviewRow {
  line: number;
  participantId: string;
  name: string | null;
  lastContactDate: string | null;
  activity: string | null;
}

export interface CaseloadImportProps {
  /** The systems offered; the registry's (each system's `importLabel`) unless a test passes its own. */
  choices?: readonly { id: string; label: string }[];
  preview(csv: string): Promise<{ rows: PreviewRow[]; errors: { line: number; message: string }[] }>;
  commit(csv: string, system: SystemChoice): Promise<{ imported: number; errors: { line: number; message: string }[] }>;
}

const SHOWN_ROWS = 25;

/** Import a caseload export: preview first, row-level errors, then one all-or-nothing write. */
export function CaseloadImport({ preview, commit, choices = SYSTEM_REGISTRY.importChoices }: CaseloadImportProps) {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [system, setSystem] = useState<SystemChoice>(choices[0]?.id ?? SYSTEM_REGISTRY.fallback.id);
  const [result, setResult] = useState<Awaited<ReturnType<CaseloadImportProps['preview']>> | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [encodingNote, setEncodingNote] = useState<string | null>(null);

  const onFile = async (e: TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    setDone(null);
    setResult(null);
    if (!file) return;
    setEncodingNote(null);
    if (file.size > MAX_CSV_BYTES) {
      setResult({ rows: [], errors: [{ line: 0, message: tooBigMessage(file.size) }] });
      return;
    }
    setBusy(true);
    try {
      // Bytes, not file.text(): that reads everything as UTF-8 and turns Windows-1252 names into "�".
      const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      if (decoded.text.length > MAX_CSV_CHARS) {
        setResult({ rows: [], errors: [{ line: 0, message: tooBigMessage(file.size) }] });
        return;
      }
      setEncodingNote(decoded.note);
      setCsv(decoded.text);
      setFileName(file.name);
      setResult(await preview(decoded.text));
    } catch (error) {
      setResult({ rows: [], errors: [{ line: 0, message: `Couldn't read the file: ${error instanceof Error ? error.message : String(error)}` }] });
    } finally {
      setBusy(false);
    }
  };

  const onImport = async () => {
    if (!csv) return;
    setBusy(true);
    try {
      const r = await commit(csv, system);
      setDone(`Imported ${r.imported} participant${r.imported === 1 ? '' : 's'} from ${fileName}.`);
      setResult(null);
      setCsv(null);
    } catch (error) {
      setDone(`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="import" aria-labelledby="import-h">
      <h2 id="import-h">Import a caseload export (CSV)</h2>
      <p class="hint">
        Needs a participant ID column; name, last contact date, activity and activity start date are read when present. You see a preview
        before anything is saved, and a file with problems never leaves half a caseload behind.
      </p>
      <label>
        System the export came from
        <select value={system} onChange={(e) => setSystem(e.currentTarget.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={onFile} disabled={busy} />
      </label>
      <p role="status">{busy ? 'Working…' : (done ?? (result ? `${plural(result.rows.length, 'row')} ready to import, ${plural(result.errors.length, 'problem')}.` : ''))}</p>
      {encodingNote && result ? <p class="msg">{encodingNote}</p> : null}
      {result?.errors.length ? (
        <ul class="msg error" aria-label="Problems in the file">
          {result.errors.map((e, i) => (
            <li key={i}>{e.line > 0 ? `Line ${e.line}: ${e.message}` : e.message}</li>
          ))}
        </ul>
      ) : null}
      {result?.rows.length ? (
        <>
          <table class="preview">
            <caption>
              Preview{result.rows.length > SHOWN_ROWS ? ` (first ${SHOWN_ROWS} of ${result.rows.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">ID</th>
                <th scope="col">Name</th>
                <th scope="col">Last contact</th>
                <th scope="col">Activity</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, SHOWN_ROWS).map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>{r.participantId}</td>
                  <td>{r.name ?? ''}</td>
                  <td>{r.lastContactDate ?? ''}</td>
                  <td>{r.activity ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" class="primary" onClick={onImport} disabled={busy}>
            Import {result.rows.length} participant{result.rows.length === 1 ? '' : 's'}
            {result.errors.length ? ' (rows with problems are skipped)' : ''}
          </button>
        </>
      ) : null}
    </section>
  );
}
