/**
 * How a spreadsheet saved a text file's bytes, and what its first line says about it: the parts the
 * caseload import (Options) and `cli audit` both need, so the two read an Excel export alike.
 * Pure: no DOM, no Node; each caller reads the bytes its own way (a whole File, a stream).
 */
import { decode as decode1252 } from 'windows-1252';

/**
 * Excel's "Unicode Text" is UTF-16: with a byte-order mark, or without one Latin text has a zero in
 * every other byte (judged on the first 4096 bytes). Null for anything else.
 */
export function utf16Of(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 (Excel's "CSV" on US Windows) as text. Every byte is a character in it, so this cannot
 * fail; it is stateless, so a stream may be decoded chunk by chunk.
 *
 * Why the `windows-1252` package: TextDecoder('windows-1252') is Latin-1 in Node 20 (C1 controls
 * where ’ “ ” – — belong), so a table is needed. This one is generated from the WHATWG Encoding
 * standard and adds about 1 KB gzip to the Options page; iconv-lite, which the CLI used before,
 * is some 190 KB gzip in a browser bundle before the Buffer polyfill it needs. Decoded in 64 KiB
 * pieces: the package builds one string per byte, and a whole 20 MB file at once took ~1 GB.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1 << 16) out += decode1252(bytes.subarray(i, i + (1 << 16)));
  return out;
}

/**
 * Excel writes and honours a first line "sep=;" naming the separator (European Excel uses ";").
 * The separator and how many characters the line takes before its line break, or null when the
 * text does not start with one. `text` may be the whole file or its first line alone.
 */
export function separatorLine(text: string): { delimiter: string; length: number } | null {
  const sep = /^sep=([^\r\n])(?=\r?\n|$)/i.exec(text);
  return sep ? { delimiter: sep[1]!, length: sep[0].length } : null;
}
