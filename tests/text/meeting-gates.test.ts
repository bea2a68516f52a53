/**
 * The meeting reader runs each of its per-part regexes only over a part that holds one of the regex's gate words
 * (lib/text/meeting.ts): a regex given a wording whose words its gate lacks would silently never read it. Every match
 * of every gated regex, over the corpus (the MO and MN sets, dev and fresh) and the bench's varied notes, must hold
 * one of its gate's words.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATED } from '../../lib/text/meeting';
import { variedNotes } from '../bench/varied-notes';
import type { LabelledNote } from '../corpus/types';

/** The matches of `re` in `text` that hold none of `gate`'s words. */
function ungated(re: RegExp, gate: readonly string[], text: string): string[] {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(all)].map((m) => m[0]).filter((m) => !gate.some((w) => m.toLowerCase().includes(w)));
}

async function texts(): Promise<string[]> {
  const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
  const { MO_CORPUS } = await import('../corpus/mo');
  const { MN_CORPUS } = await import('../corpus/mn');
  const notes: LabelledNote[] = [...MO_CORPUS, ...MN_CORPUS];
  // (Not the locked split: nobody reads it, a test's failure message included.)
  for (const split of ['dev', 'fresh']) {
    for (const f of readdirSync(corpus + split).filter((f) => f.endsWith('.ts'))) {
      notes.push(...((await import(`${corpus}${split}/${f}`)) as { NOTES: LabelledNote[] }).NOTES);
    }
  }
  const out = notes.map((n) => n.text);
  for (const row of variedNotes(2000, 5)) if ('text' in row) out.push(row.text);
  return out;
}

describe("the meeting reader's gates", () => {
  it('catch a regex match whose words the gate lacks', () => {
    const [talk, gate] = GATED[0] ?? [/x/, []];
    expect(ungated(talk, gate, 'CM spoke with her about the job.')).toEqual([]);
    expect(ungated(talk, gate.filter((w) => w !== 'spoke'), 'CM spoke with her about the job.')).not.toEqual([]);
  });

  it('hold a word of every match of their regex, over the corpus and the varied notes', async () => {
    const all = await texts();
    expect(all.length).toBeGreaterThan(2000);
    for (const [re, gate] of GATED) {
      const missed = all.flatMap((t) => ungated(re, gate, t));
      expect(missed, `${re.source.slice(0, 60)}…`).toEqual([]);
    }
    // (Loading the corpus's files is most of it: as the corpus tests, it may take a while on a busy machine.)
  }, 180_000);
});
