// @vitest-environment node
/**
 * The compiled CLI prints, for every corpus note (all splits), exactly the verdict the
 * library gives it: the reader's batching, the worker threads, the row fast path and the
 * hand-built JSON line change nothing. Failures name note ids only, never a note's text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledNote } from '../corpus/types';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import { normaliseContactType } from '../../lib/text/contact-type';
import { corpusNotes } from './corpus-notes';
import { cli, noteLines } from './run-cli';
import { corpusRows, DATE_ISO, DATE_US, expectedLine } from './verdicts';

let notes: LabelledNote[] = [];
const file = join(mkdtempSync(join(tmpdir(), 'cnc-verdicts-')), 'corpus.jsonl');
beforeAll(async () => {
  notes = await corpusNotes();
  writeFileSync(file, corpusRows(notes).map((r) => JSON.stringify(r)).join('\n'));
});

describe.concurrent('cli audit on the corpus', { timeout: 120_000 }, () => {
  for (const pack of ['mo-dwd-toolbox', 'mn-wf1'] as const) {
    it(`prints the library's verdict for every note (${pack})`, async () => {
      // Two jobs, so batches also cross worker threads when the file is big enough to use them.
      const r = await cli('audit', file, '--policy', pack, '--as-of', '2025-06-01', '--jobs', '2');
      expect(r.code).toBe(0);
      const got = noteLines(r.out);
      const rows = corpusRows(notes);
      expect(got.map((o) => o.id)).toEqual(rows.map((row) => row.id));
      const wrong: string[] = [];
      rows.forEach((row, i) => {
        const ct = normaliseContactType(row.contact_type);
        const v = checkNote(
          { text: row.text, hasDateField: true, contactType: ct.ok ? ct.contactType : null, ...(row.date === DATE_US ? { contactDate: DATE_ISO } : {}) },
          { pack: PACKS[pack], today: '2025-06-01' },
        );
        if (JSON.stringify(got[i]) !== JSON.stringify(expectedLine(row.id, v))) wrong.push(row.id);
      });
      expect(wrong).toEqual([]);
    });
  }
});
