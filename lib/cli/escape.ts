/**
 * Control characters from input never reach a terminal or a spreadsheet raw (an ESC sequence in a note could
 * rewrite the screen; a bidi override could disguise a line). No imports: a usage error prints without loading
 * anything else (safe.ts re-exports these with the PII masking).
 */

/** C0 and C1 controls, DEL, and the bidi controls that reorder what a line shows. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
};

/** Every control character as a visible escape (`\x1b`, `\n`, `\u202e`). */
export function escapeControls(s: string, keepNewlines = false): string {
  return s.replace(keepNewlines ? CONTROL_BUT_NEWLINE : CONTROL, visible);
}

const NOT_ESCAPED_BY_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify already escapes C0 controls inside strings (and any C0 outside them is its own
 * layout); this also writes DEL, C1 and bidi controls as \u escapes — still the same JSON value.
 */
export function jsonSafe(json: string): string {
  return json.replace(NOT_ESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Escaped for HTML, with control characters shown as escapes (newlines kept when the text is a note). */
export function htmlText(s: string, keepNewlines = false): string {
  return escapeHtml(escapeControls(s, keepNewlines));
}
