import { STATED_CHANNELS, STATED_LABEL } from '../lib/coach/stated-contact';
import type { QuestionView, StatedChannel } from '../lib/coach/stated-contact';

const QUESTION = 'Did you reach the participant?';

export interface ContactQuestionProps extends QuestionView {
  onAnswer(channel: StatedChannel): void;
  /** "No": not asked again for this note; the verdict stands. */
  onDismiss(): void;
}

/**
 * "Did you reach the participant?" under a verdict that refused a contact the note does not
 * show clearly: one click states how (a sentence at the top of the note), or "No". Hidden, not
 * removed, when not asked: a node removed anywhere ends the note's typing undo step (FindingList).
 */
export function ContactQuestion(p: ContactQuestionProps) {
  return (
    <>
      <div role="group" aria-label={QUESTION} hidden={!p.ask}>
        <p class="question">
          {QUESTION}
        </p>
        <div class="actions">
          {STATED_CHANNELS.map((c) => (
            <button type="button" key={c} onClick={() => p.onAnswer(c)}>
              {STATED_LABEL[c]}
            </button>
          ))}
          <button type="button" onClick={p.onDismiss}>
            No
          </button>
        </div>
      </div>
      <p class="contact-disagrees" hidden={!p.disagreement}>
        {p.disagreement ?? ''}
      </p>
    </>
  );
}
