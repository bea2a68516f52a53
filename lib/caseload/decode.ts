/**
 * Turns the bytes of a caseload file into text. Exports from Windows tools
 * come as UTF-8, Windows-1252 (Excel's "CSV" on US Windows) or UTF-16
 * (Excel's "Unicode text"): each is read as what it is, and the preview says
 * which encoding was used when it was not UTF-8, so a wrong guess is visible
 * before anything is saved. Pure: TextDecoder is a web standard; what the CLI
 * reads alike (UTF-16 sniffing, Windows-1252) is in lib/spreadsheet.
 */
import { decodeWindows1252, utf16Of } from '../spreadsheet/encoding';

type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
type DecoderLabel = Exclude<CsvEncoding, 'windows-1252'>;

interface DecodedFile {
  text: string;
  encoding: CsvEncoding;
  /** What the case manager should know about the encoding, or null for plain UTF-8. */
  note: string | null;
}

/** The most a caseload file may hold, in characters: about 20,000 rows with room to spare. */
export const MAX_CSV_CHARS = 5_000_000;

/** A file's size as people say it ("23.4 MB"). */
function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Bytes beyond this are refused unread: no encoding turns more than 4 bytes into less than one character. */
export const MAX_CSV_BYTES = MAX_CSV_CHARS * 4;

export function tooBigMessage(bytes: number): string {
  return `This file is ${sizeInWords(bytes)}; a caseload file can be at most ${MAX_CSV_CHARS / 1_000_000} million characters (about ${MAX_CSV_CHARS / 1_000_000} MB, some 20,000 participants). Export fewer participants at a time, or split the file, and import each part.`;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedFile {
  const decode = (encoding: DecoderLabel, from = 0) => new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3), encoding: 'utf-8', note: null };
  // With a byte-order mark or without: TextDecoder drops the mark itself.
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: decode(utf16), encoding: utf16, note: 'Read as UTF-16 (Unicode) text.' };
  try {
    return { text: decode('utf-8'), encoding: 'utf-8', note: null };
  } catch {
    // Not UTF-8: the usual other encoding of a US Windows export. Every byte is a character in it, so this cannot fail.
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: 'This file is not UTF-8; it was read as Windows-1252 (Western European). Check the names in the preview: if accented letters look wrong, save the file as "CSV UTF-8" and import it again.',
    };
  }
}
