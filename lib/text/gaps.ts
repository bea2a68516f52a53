/**
 * What lies between two tokens ("Called cust, NA", "TC w/ cust - reports …"), read in place from the note's
 * offsets: the readers ask this at almost every token, and a slice and a regex each time was a string and a
 * regex run per token.
 */

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text[from, to) holds the character `code`. */
export function gapHas(text: string, from: number, to: number, code: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === code) return true;
  return false;
}

/**
 * text[from, to) breaks a sentence into parts: a comma, a colon, an en or em dash, or a hyphen with space on both
 * sides (what /[,:\u2013\u2014]|\s-\s/ finds); with `quotes`, an opening quotation mark too.
 */
export function gapBreaks(text: string, from: number, to: number, quotes = false): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 44 || c === 58 || c === 0x2013 || c === 0x2014) return true;
    if (quotes && (c === 34 || c === 0x201c)) return true;
    if (c === 45 && p > from && p + 1 < to && isSpace(text.charCodeAt(p - 1)) && isSpace(text.charCodeAt(p + 1))) return true;
  }
  return false;
}

/** text[from, to) holds two line breaks with only spaces between them (a blank line: /\n\s*\n/). */
export function gapBlankLine(text: string, from: number, to: number): boolean {
  let afterBreak = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) {
      if (afterBreak) return true;
      afterBreak = true;
    } else if (!isSpace(c)) afterBreak = false;
  }
  return false;
}
