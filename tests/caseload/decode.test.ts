import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../lib/caseload/decode';
import { parseCaseloadCsv } from '../../lib/caseload/csv';

const CSV = 'participant id,name\n1,"Núñez, José"\n';

describe('reading a caseload file’s bytes', () => {
  it('reads UTF-8 with or without a byte-order mark, saying nothing', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(CSV))).toEqual({ text: CSV, encoding: 'utf-8', note: null });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)])).text).toBe(CSV);
  });
  it('reads Windows-1252 (not valid UTF-8) as Windows-1252, and says so', () => {
    const d = decodeCsvBytes(Uint8Array.from(Buffer.from(CSV, 'latin1')));
    expect(d.text).toBe(CSV);
    expect(d.encoding).toBe('windows-1252');
    expect(d.note).toMatch(/Windows-1252/);
    // Windows-1252's own characters too (curly quotes from Word): 0x92 is ’.
    expect(decodeCsvBytes(Uint8Array.of(0x4f, 0x92, 0x42)).text).toBe('O’B');
  });
  it('reads UTF-16 with a byte-order mark, and without one', () => {
    const le = Buffer.from(CSV, 'utf16le');
    expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, ...le])).text).toBe(CSV);
    expect(decodeCsvBytes(Uint8Array.from(le))).toMatchObject({ text: CSV, encoding: 'utf-16le' });
    const be = Uint8Array.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeCsvBytes(Uint8Array.from([0xfe, 0xff, ...be])).text).toBe(CSV);
    expect(parseCaseloadCsv(decodeCsvBytes(Uint8Array.from(le)).text).rows[0]?.name).toBe('Núñez, José');
  });
});

describe('a broken quote', () => {
  it('is an error on its line, and nothing from that line on is read', () => {
    const csv = 'participant id,name\n1,"Lee, Ann"\n2,"Chan, Bo\n3,"Diaz, Cy"\n4,Eve\n';
    const { rows, errors } = parseCaseloadCsv(csv);
    expect(rows.map((r) => r.participantId)).toEqual(['1']);
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/never closed.*this line and everything after it were not read/) }]);
  });
});
