/**
 * Every labelled corpus note (all splits), loaded from the files themselves so it works
 * under vitest and under tsx alike. For running the checker on them only: callers never
 * print a note's text (the locked split must stay unread).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledNote } from '../corpus/types';

const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));

export async function corpusNotes(): Promise<LabelledNote[]> {
  const { MO_CORPUS } = await import('../corpus/mo');
  const { MN_CORPUS } = await import('../corpus/mn');
  const out: LabelledNote[] = [...MO_CORPUS, ...MN_CORPUS];
  for (const split of ['dev', 'fresh', 'locked']) {
    for (const f of readdirSync(corpus + split).filter((f) => f.endsWith('.ts')).sort()) {
      const m = (await import(`${corpus}${split}/${f}`)) as { NOTES: LabelledNote[] };
      out.push(...m.NOTES);
    }
  }
  return out;
}
