import { describe, expect, it } from 'vitest';
import { decodeWindows1252, separatorLine, utf16Of } from '../../lib/spreadsheet/encoding';

describe("a spreadsheet export's bytes", () => {
  it('reads Windows-1252 with its curly quotes, dashes and euro sign, not as Latin-1 control characters', () => {
    const bytes = Uint8Array.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x92, 0x73]);
    expect(decodeWindows1252(bytes)).toBe('“OK” – €5 José’s');
  });

  it('reads a Windows-1252 file longer than one piece whole', () => {
    const bytes = new Uint8Array(200_000).fill(0x61);
    bytes[65_535] = 0x92;
    bytes[65_536] = 0x97;
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(200_000);
    expect(text.slice(65_534, 65_538)).toBe('a’—a');
  });

  it('tells UTF-16 by its byte-order mark or by the zeros Latin text has in it, and nothing else', () => {
    const le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = (s: string) => Uint8Array.from([...s].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(utf16Of(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(utf16Of(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(utf16Of(le('ID,Name\r\n7,Ana'))).toBe('utf-16le');
    expect(utf16Of(be('ID,Name\r\n7,Ana'))).toBe('utf-16be');
    expect(utf16Of(new TextEncoder().encode('ID,Name\r\n7,Ana'))).toBeNull();
  });

  it('reads the separator from a first line "sep=;" only when that is the whole line', () => {
    expect(separatorLine('sep=;\r\nID;Name')).toEqual({ delimiter: ';', length: 5 });
    expect(separatorLine('SEP=\t')).toEqual({ delimiter: '\t', length: 5 });
    expect(separatorLine('sep=;;\nID')).toBeNull();
    expect(separatorLine('ID,sep=;')).toBeNull();
  });
});
