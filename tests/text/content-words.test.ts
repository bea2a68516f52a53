/**
 * The "too thin" check counts a note's distinct meaningful words (lib/text/note-facts.ts). The count keeps one map
 * of words for the whole run; each note's count must still be that note's alone, whatever notes came before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/text/tokenize';
import { distinctContentWords } from '../../lib/text/note-facts';
import { STOP } from '../../lib/text/settle';

const plainCount = (text: string) =>
  Math.min(64, new Set(tokenize(text).filter((t) => !t.numeric && t.text.length >= 2 && !STOP.has(t.text)).map((t) => t.text)).size);

describe('distinct content words', () => {
  it("counts each note's own distinct words, up to 64, whatever was counted before", () => {
    const word = fc.oneof(fc.constantFrom('the', 'client', 'Client', 'met', 'with', 'a', '12', 'job', 'fair', 'x'), fc.stringMatching(/^[a-z]{2,4}$/));
    const note = fc.array(word, { maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 4 }), (notes) => {
        for (const n of notes) expect(distinctContentWords(tokenize(n))).toBe(plainCount(n));
      }),
    );
  });

  it('reads a repeated note the same the second time', () => {
    const text = 'Met with client at the job fair; client has 3 interviews lined up and finished the resume workshop.';
    const first = distinctContentWords(tokenize(text));
    expect(first).toBeGreaterThanOrEqual(10);
    expect(distinctContentWords(tokenize(text))).toBe(first);
  });
});
