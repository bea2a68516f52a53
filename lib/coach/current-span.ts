/**
 * Where a finding's phrase is in the note now. A finding's span is from the last check; the case
 * manager may have typed since (the next check has not answered yet), and selecting the old span
 * would select other words — which the next keystroke would type over. So the span is used only
 * while it still holds the phrase; otherwise the occurrence of the phrase nearest to it, or nothing.
 */
export function currentSpan(text: string, start: number, end: number, phrase: string): { start: number; end: number } | null {
  if (!phrase) return null;
  if (text.slice(start, end) === phrase) return { start, end };
  let best: number | null = null;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (best === null || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best === null ? null : { start: best, end: best + phrase.length };
}
