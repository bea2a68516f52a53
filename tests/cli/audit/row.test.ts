// @vitest-environment node
/**
 * `cli audit` reads most rows without zod (plainRow) and hands the rest to rowSchema.
 * Whatever a row holds, the two must agree: the same note read, or rowSchema's problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachJsonLine, plainRow, rowReader } from '../../../lib/cli/audit/row';
import { rowSchema } from '../../../lib/cli/audit/row-schema';

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '\t\n', ' n1 ', '\u00a0x\u2003', '3/4/2025', 'Telephone'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
);
const row = fc.record(
  { id: value, text: value, date: value, contact_type: value, participant_id: value, staff: value },
  { requiredKeys: [] },
);

describe('reading a row', () => {
  it('plainRow reads a row exactly as rowSchema does, or leaves it to rowSchema', () => {
    fc.assert(
      fc.property(row, (o) => {
        const fast = plainRow(o);
        const slow = rowSchema.safeParse(o);
        if (fast) expect(slow.success && slow.data).toEqual(fast);
      }),
      { numRuns: 3000 },
    );
  });

  it('rows of strings (every CSV row) with an id are read without rowSchema', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), fc.string(), fc.option(fc.string()), (id, text, date) => {
        const fast = plainRow({ id, text, date, staff: 'A. Rivera' });
        expect(fast).toEqual(rowSchema.parse({ id, text, date, staff: 'A. Rivera' }));
      }),
    );
  });

  it('a blank id or a missing text goes to rowSchema, which names the problem', () => {
    expect(plainRow({ id: '  ', text: 'TC w/ cust' })).toBeNull();
    expect(rowSchema.safeParse({ id: '  ', text: 'TC w/ cust' }).error?.issues[0]?.message).toBe('id is blank');
    expect(plainRow({ id: 'n1' })).toBeNull();
    expect(rowSchema.safeParse({ id: 'n1' }).error?.issues[0]?.message).toBe('text is missing');
  });

  it('a text that is there but not words says so, instead of calling it missing', () => {
    expect(rowSchema.safeParse({ id: 'n1', text: 5 }).error?.issues[0]?.message).toBe('text must be the note in words (found a number)');
    expect(rowSchema.safeParse({ id: 'n1', text: null }).error?.issues[0]?.message).toBe('text is empty (null)');
    expect(rowSchema.safeParse({ id: 'n1', text: { a: 1 } }).error?.issues[0]?.message).toBe('text must be the note in words (found an object)');
  });
});

describe('rowReader', () => {
  const jsonl = rowReader({ kind: 'jsonl', index: {}, found: ['id', 'text'], has: { id: true, text: true } });
  it('reads a JSON line by its columns, renaming the names an export may use', () => {
    expect(jsonl.fromJson(2, '{"note_id":"n1","Narrative":"TC w/ cust","extra":1}')).toEqual({ id: 'n1', text: 'TC w/ cust' });
    expect(jsonl.fromJson(2, '{"id":"n1","text":"TC"}')).toEqual({ id: 'n1', text: 'TC' });
  });
  it('gives a row without an id its line number, and says why a line is not a row', () => {
    expect(jsonl.fromJson(7, '{"text":"TC"}')).toEqual({ id: '7', text: 'TC' });
    expect(jsonl.fromJson(3, '[1,2]')).toBe('not a JSON object; row skipped');
    expect(jsonl.fromJson(3, '{"text":')).toMatch(/^not valid JSON \(.+\); row skipped$/);
  });
  it("reads a CSV record's cells by the header's columns", () => {
    const csv = rowReader({ kind: 'csv', index: { text: 2, id: 0 }, found: ['id', 'x', 'note'], has: { id: true, text: true } });
    expect(csv.fromCells(4, ['n4', 'ignored', 'OV'])).toEqual({ id: 'n4', text: 'OV' });
    const noIds = rowReader({ kind: 'csv', index: { text: 0 }, found: ['note'], has: { text: true } });
    expect(noIds.fromCells(9, ['OV'])).toEqual({ text: 'OV', id: '9' });
  });
});

describe('forEachJsonLine', () => {
  it("numbers a block's lines from its first, skipping blank ones and dropping a CR", () => {
    const seen: Array<[number, string]> = [];
    forEachJsonLine('{"a":1}\r\n\n  \n{"b":2}\n{"c":3}', 10, (line, raw) => seen.push([line, raw]));
    expect(seen).toEqual([
      [10, '{"a":1}'],
      [13, '{"b":2}'],
      [14, '{"c":3}'],
    ]);
  });
});
