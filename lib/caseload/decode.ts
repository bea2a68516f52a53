/**
 * Turns the bytes of a caseload file into text. Exports from Windows tools
 * come as UTF-8, Windows-1252 (Excel's "CSV" on US Windows) or UTF-16
 * (Excel's "Unicode text"): each is read as what it is, and the preview says
 * which encoding was used when it was not UTF-8, so a wrong guess is visible
 * before anything is saved. Pure: TextDecoder is a web standard.
 */
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

/** UTF-16 without a byte-order mark: text in Latin script has a zero in every other byte. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
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
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €, Š…). Some TextDecoders
 * (Node 20's) treat the label as Latin-1 and give C1 controls there, so the
 * table is applied by hand; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedFile {
  const decode = (encoding: DecoderLabel, from = 0) => new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3), encoding: 'utf-8', note: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2), encoding: 'utf-16le', note: 'Read as UTF-16 (Unicode) text.' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2), encoding: 'utf-16be', note: 'Read as UTF-16 (Unicode) text.' };
  const utf16 = utf16Guess(bytes);
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
