import { useEffect, useRef, useState } from 'preact/hooks';

/** Pieces every Options section uses: the lock note, a list of errors, a number field, and how a section reports back. */

/** What a section says at the top of the page ("Saved.", or why not). */
export type SetMessage = (m: { text: string; error: boolean } | null) => void;

export function ErrorList({ errors }: { errors: string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="msg error" role="alert">
      {errors.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

export function LockNote({ locked }: { locked: boolean }) {
  return locked ? <span class="locked"> (set by your agency)</span> : null;
}

/** A blank field means "not set" (null), never 0. */
export function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/**
 * What is typed stays until it is committed (change): a re-render while the
 * case manager types (the page reloading settings after another field was
 * saved) must not put the stored value back over it.
 */
export function NumberField(p: { label: string; value: number | null; locked: boolean; onSave(v: number | null): void }) {
  const stored = p.value === null ? '' : String(p.value);
  const [text, setText] = useState(stored);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setText(stored);
  }, [stored]);
  return (
    <label>
      {p.label}
      <LockNote locked={p.locked} />
      <input
        type="number"
        inputMode="numeric"
        value={text}
        disabled={p.locked}
        onInput={(e) => {
          editing.current = true;
          setText((e.currentTarget as HTMLInputElement).value);
        }}
        onChange={(e) => {
          editing.current = false;
          p.onSave(numberOrNull((e.currentTarget as HTMLInputElement).value));
        }}
      />
    </label>
  );
}
