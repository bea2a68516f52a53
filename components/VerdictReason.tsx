import type { NoteVerdict } from '../lib/model';
import { ContactQuestion } from './ContactQuestion';
import type { ContactQuestionProps } from './ContactQuestion';

/**
 * Whether the note counts as a case-management contact, and why, in one line: the
 * case manager sees when a note does not show that they reached the participant,
 * and can click to the words the verdict rests on; asked "Did you reach the participant?" when
 * that is what the note leaves unclear (ContactQuestion).
 */
export function VerdictReason(props: { verdict: NoteVerdict; onSelectSpan(start: number, end: number): void; question?: ContactQuestionProps | undefined }) {
  const { qualifies, reason } = props.verdict;
  const { start, end } = reason ?? {};
  // Parts hidden rather than removed while the note is typed (see FindingList).
  return (
    <div class={`verdict ${qualifies ? 'counts' : 'does-not-count'}`} role="group" aria-label="Contact">
      <p class="verdict-title">{qualifies ? 'Counts as a contact' : 'Does not count as a contact'}</p>
      <p class="verdict-reason" hidden={!reason}>
        {reason?.message ?? ''}
      </p>
      <button type="button" hidden={start === undefined || end === undefined} onClick={() => start !== undefined && end !== undefined && props.onSelectSpan(start, end)}>
        Show the words
      </button>
      {props.question ? <ContactQuestion {...props.question} /> : null}
    </div>
  );
}
