import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { plural, usDate } from '../lib/words';
import { decodeCsvBytes, MAX_CSV_BYTES, MAX_CSV_CHARS, tooBigMessage } from '../lib/caseload/decode';

import { SYSTEM_REGISTRY } from '../lib/systems';

/** A system id the import form offers (the registry's systems with an `importLabel`). */
type SystemChoice = string;

interface PreviewRow {
  line: number;
  participantId: string;
  name: string | null;
  lastContactDate: string | null;
  activity: string | null;
}

interface CaseloadImportProps {
  /** The systems offered; the registry's (each system's `importLabel`) unless a test passes its own. */
  choices?: readonly { id: string; label: string }[];
  /** The hosts of the sites the user added (Options): a file from a system read there is kept under its host. */
  sites?: readonly string[];
  preview(csv: string): Promise<{ rows: PreviewRow[]; errors: { line: number; message: string }[] }>;
  /** `site`: the host the system's pages are on, for a system read by the generic reader. */
  commit(csv: string, system: SystemChoice, site?: string): Promise<{ imported: number; errors: { line: number; message: string }[] }>;
}

/**
 * The registry's choices, with "another system" once per site the user added: a participant's ID is kept
 * under the host their pages are on (as the pages' own reads are), so a file and the pages name one person.
 */
function withSites(choices: readonly { id: string; label: string }[], sites: readonly string[]): { value: string; label: string; system: string; site?: string }[] {
  return choices.flatMap((c) =>
    c.id === SYSTEM_REGISTRY.fallback.id && sites.length
      ? [...sites.map((site) => ({ value: `${c.id}@${site}`, label: `${c.label} at ${site}`, system: c.id, site })), { value: c.id, label: `${c.label}, on no site listed here`, system: c.id }]
      : [{ value: c.id, label: c.label, system: c.id }],
  );
}

const SHOWN_ROWS = 25;

/** Import a caseload export: preview first, row-level errors, then one all-or-nothing write. */
export function CaseloadImport({ preview, commit, choices = SYSTEM_REGISTRY.importChoices, sites = [] }: CaseloadImportProps) {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const options = withSites(choices, sites);
  const [picked, setSystem] = useState<string>(options[0]?.value ?? SYSTEM_REGISTRY.fallback.id);
  const choice = options.find((o) => o.value === picked) ?? options[0];
  const [result, setResult] = useState<Awaited<ReturnType<CaseloadImportProps['preview']>> | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [encodingNote, setEncodingNote] = useState<string | null>(null);

  const onFile = async (e: TargetedEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
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
      // Read: the chooser is emptied, or choosing the same file again once it is fixed would fire no change.
      input.value = '';
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
      const r = await commit(csv, choice?.system ?? SYSTEM_REGISTRY.fallback.id, choice?.site);
      setDone(`Imported ${plural(r.imported, 'participant')} from ${fileName}.`);
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
        <select value={choice?.value} onChange={(e) => setSystem(e.currentTarget.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        CSV file
        {/* .txt too: Excel saves "Unicode Text" (UTF-16, tab-separated) under that name. */}
        <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={onFile} disabled={busy} />
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
              Preview{result.rows.length > SHOWN_ROWS ? ` (first ${SHOWN_ROWS} of ${result.rows.length.toLocaleString('en-US')})` : ''}
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
                  <td>{r.lastContactDate ? usDate(r.lastContactDate) : ''}</td>
                  <td>{r.activity ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" class="primary" onClick={onImport} disabled={busy}>
            Import {plural(result.rows.length, 'participant')}
            {result.errors.length ? ' (rows with problems are skipped)' : ''}
          </button>
        </>
      ) : null}
    </section>
  );
}
