import type { NoteVerdict } from '../lib/model';

/**
 * Whether the note counts as a case-management contact, and why, in one line: the
 * case manager sees when a note does not show that they reached the participant,
 * and can click to the words the verdict rests on.
 */
export function VerdictReason(props: { verdict: NoteVerdict; onSelectSpan(start: number, end: number): void }) {
  const { qualifies, reason } = props.verdict;
  const { start, end } = reason ?? {};
  return (
    <div class={`verdict ${qualifies ? 'counts' : 'does-not-count'}`} role="group" aria-label="Contact">
      <p class="verdict-title">{qualifies ? 'Counts as a contact' : 'Does not count as a contact'}</p>
      {reason ? <p class="verdict-reason">{reason.message}</p> : null}
      {start !== undefined && end !== undefined ? (
        <button type="button" onClick={() => props.onSelectSpan(start, end)}>
          Show the words
        </button>
      ) : null}
    </div>
  );
}
