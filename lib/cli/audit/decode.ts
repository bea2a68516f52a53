/**
 * The bytes of a notes export as text, chunk by chunk: UTF-8, UTF-16 or Windows-1252, as
 * spreadsheets save them; anything else (binary data, a mix of encodings) ends the read
 * with an InputError naming the line.
 */
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { decodeWindows1252, utf16Of } from '../../spreadsheet/encoding';

/** A file that cannot be read as notes: one message for the user. */
export class InputError extends Error {}

export function countNewlines(s: string, nl = '\n'): number {
  let n = 0;
  for (let i = s.indexOf(nl); i >= 0; i = s.indexOf(nl, i + 1)) n++;
  return n;
}

const WINDOWS_1252_NOTICE =
  'the file is not UTF-8; it is read as Windows-1252 (what Excel\'s "CSV" writes on US Windows). If letters in the output look wrong, save it as "CSV UTF-8" and audit it again.';

/**
 * Decoded text chunks of the file: UTF-8; UTF-16 when it starts like it; and Windows-1252 when
 * bytes that are not UTF-8 come before any that are (Excel's "CSV" on US Windows: every byte
 * before them was ASCII, which reads the same in both, so nothing already read changes).
 * Bytes that are not UTF-8 after some that were are refused: the file is neither.
 * (UTF-16 sniffing and Windows-1252 as the caseload import reads them: lib/spreadsheet/encoding.ts.)
 */
export async function* decode(path: string, onBytes: (n: number) => void, onNotice: (message: string) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A decoder other than UTF-8 once the file is known to be UTF-16 or Windows-1252.
  let other: { write(chunk: Buffer): string; end(): string } | null = null;
  let first = true;
  let sawUtf8 = false;
  let announce = false;
  let lines = 1;
  // ("-": standard input, as a monitor pipes an export in.)
  const input = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 18 });
  for await (const chunk of input as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    if (first) {
      first = false;
      const utf16 = utf16Of(chunk);
      if (utf16) {
        const d = new TextDecoder(utf16);
        other = { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
      }
    }
    let text: string;
    if (other) text = other.write(chunk);
    else {
      try {
        text = decoder.decode(chunk, { stream: true });
        if (!sawUtf8 && !isAscii(chunk)) sawUtf8 = true;
      } catch {
        const lenient = new TextDecoder('utf-8').decode(chunk);
        // UTF-8 letters in this chunk, besides the bytes that are not: neither encoding fits the whole file.
        if (!sawUtf8 && !/[\u0080-\ufffc\ufffe\uffff]/.test(lenient)) {
          announce = true;
          other = { write: decodeWindows1252, end: () => '' };
          text = other.write(chunk);
        } else {
          // The text before the bad bytes is still read, so the rows before them are reported.
          const good = lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')));
          if (good && !good.includes('\u0000')) yield good;
          throw new InputError(
            `line ${lines + countNewlines(good)}: the file is not UTF-8 text. ` +
              'If it came from a spreadsheet, save it as "CSV UTF-8" (or export JSON Lines) and try again.',
          );
        }
      }
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new InputError(
        `line ${lines + countNewlines(text.slice(0, nul))}: the file holds binary data, not text. Is it a spreadsheet (.xlsx) rather than a CSV export?`,
      );
    }
    if (announce) {
      announce = false;
      onNotice(WINDOWS_1252_NOTICE);
    }
    lines += countNewlines(text);
    if (text) yield text;
  }
  const rest = (() => {
    if (other) return other.end();
    try {
      return decoder.decode();
    } catch {
      throw new InputError(`line ${lines}: the file ends in the middle of a character; it is not UTF-8 text.`);
    }
  })();
  if (rest) yield rest;
}
