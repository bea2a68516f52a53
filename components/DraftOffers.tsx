/**
 * The kept drafts the panel offers back (lib/drafts/offer.ts), newest first: each with when it was kept and its first
 * words, so the case manager can tell them apart, to restore or let go. The one this visit held when another was
 * restored over it is named so ("Your text before restore"). Each button's name says which draft it acts on.
 */
import type { OfferedDraft } from '../lib/drafts/offer';
import { plural } from '../lib/words';

const FIRST_WORDS = 80;

/** A kept note's opening, on one line: whole words up to about 80 characters, with an ellipsis when there is more. */
function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= FIRST_WORDS) return flat;
  const space = flat.lastIndexOf(' ', FIRST_WORDS);
  return `${flat.slice(0, space > FIRST_WORDS / 2 ? space : FIRST_WORDS)}…`;
}

interface DraftOffersProps {
  drafts: OfferedDraft[];
  onRestore(visit: string): void;
  onDiscard(visit: string): void;
}

export function DraftOffers({ drafts, onRestore, onDiscard }: DraftOffersProps) {
  if (!drafts.length) return null;
  const one = drafts.length === 1;
  return (
    <div class="draft" role="group" aria-label={one ? 'Unsaved note' : 'Unsaved notes'}>
      <p>
        {one ? 'An unsaved note was' : `${drafts.length} unsaved notes were`} kept on this computer{one ? '' : ', newest first'}. Each stays kept until you
        restore or discard it; what you type now is kept too.
      </p>
      <ul class="drafts">
        {drafts.map((d) => {
          const name = d.before ? 'your text before restore' : `the unsaved note from ${d.savedAt}`;
          return (
            <li key={d.visit}>
              <p>
                <strong>{d.before ? 'Your text before restore' : `An unsaved note from ${d.savedAt}`}</strong> ({plural(d.text.length, 'character')}):{' '}
                <q>{firstWords(d.text)}</q>
              </p>
              <div class="actions">
                <button type="button" class="primary" aria-label={`Restore it: ${name}`} onClick={() => onRestore(d.visit)}>
                  Restore it
                </button>
                <button type="button" aria-label={`Discard ${name}`} onClick={() => onDiscard(d.visit)}>
                  Discard
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
