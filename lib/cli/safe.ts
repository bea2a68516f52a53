/**
 * What the command-line tools print must not spread what the notes hold:
 * SSNs and dates of birth are masked (`***-**-6789`) unless the user asks for
 * them with `--show-pii`, and control characters from input never reach a
 * terminal or a spreadsheet raw (an ESC sequence in a note could rewrite the
 * screen; a bidi override could disguise a line).
 */
import { analyzeText } from '../text/analyze';
import type { Vocabulary } from '../text/vocabulary';

// The escapes live apart from the masking, so a command can print a usage error without loading the note reader.
export { escapeControls, escapeHtml, htmlText, jsonSafe } from './escape';

// Cheap screen before the full analysis (run for every id and name in a million-row file):
// an SSN has nine digits in a 3-2-4 shape; a date of birth needs a birth label.
const MAYBE_PII = /\d{3}\D?\d{2}\D?\d{4}|d\W?o\W?b|birth|born|bday/i;

type PiiSpans = ReturnType<typeof analyzeText>['pii'];
// A note whose verdict quotes it is masked several times over (its reason's sentence, its date, each
// against the whole note): the spans of the last text read are kept, so the note is analysed once.
let lastText: string | null = null;
let lastPhrases: Vocabulary | undefined;
let lastSpans: PiiSpans = [];
function piiSpans(s: string, phrases: Vocabulary | undefined): PiiSpans {
  if (s !== lastText || phrases !== lastPhrases) {
    lastSpans = analyzeText(s, phrases).pii;
    lastText = s;
    lastPhrases = phrases;
  }
  return lastSpans;
}

/**
 * The text with every SSN (all digits but the last four) and date of birth
 * (all digits) replaced by `*`, found by the same detector as the
 * pii-in-note rule, so what the rule flags is what gets masked: given the
 * policy pack's own phrases (`pack.phrases`), read with them as the rule
 * reads the note (and with the one phrase matcher the checks already built).
 */
export function maskPii(s: string, phrases?: Vocabulary): string {
  if (!MAYBE_PII.test(s)) return s;
  const spans = piiSpans(s, phrases);
  if (spans.length === 0) return s;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += s.slice(at, span.start);
    const piece = s.slice(span.start, span.end);
    // An SSN keeps its last four digits (enough to tell two people apart); a date of birth keeps none.
    let keep = span.kind === 'ssn' ? 4 : 0;
    let masked = '';
    for (let i = piece.length - 1; i >= 0; i--) {
      const c = piece[i] ?? '';
      if (c >= '0' && c <= '9') {
        masked = (keep > 0 ? c : '*') + masked;
        if (keep > 0) keep--;
      } else masked = c + masked;
    }
    out += masked;
    at = span.end;
  }
  return out + s.slice(at);
}

/**
 * A string that quotes `text` (a verdict's reason: its sentence, its date as typed) with what maskPii
 * masks in `text` masked here too: a quote alone may lack the context the detector needs ("1/2/80"
 * without its "DOB") or stop short ("123-45-67…").
 */
export function maskQuoted(s: string, text: string, phrases?: Vocabulary): string {
  if (!MAYBE_PII.test(text)) return s;
  const masked = maskPii(text, phrases);
  if (masked === text) return s;
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  let out = s;
  for (const span of piiSpans(text, phrases)) {
    // Masking keeps lengths, so a piece and its masked form line up character for character.
    const piece = flat(text.slice(span.start, span.end));
    const hidden = flat(masked.slice(span.start, span.end));
    const inside = piece.indexOf(out);
    if (out !== '' && inside >= 0) return hidden.slice(inside, inside + out.length);
    out = out.replaceAll(piece, hidden);
    for (let k = piece.length - 1; k > 0; k--) out = out.replaceAll(`${piece.slice(0, k)}…`, `${hidden.slice(0, k)}…`);
  }
  return maskPii(out, phrases);
}

export interface Privacy {
  /** `--show-pii`: print SSNs and dates of birth as they are. */
  showPii: boolean;
  /** The policy pack's own phrases, when the output is checked against one (its labels for an SSN or a birth date). */
  phrases?: Vocabulary;
}

/** The masking the user chose, applied to one string from the input. */
export const masker = ({ showPii, phrases }: Privacy): ((s: string) => string) => (showPii ? (s) => s : (s) => maskPii(s, phrases));

/** A deep copy with every string passed through `f` (for structured output such as a page read). */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}
