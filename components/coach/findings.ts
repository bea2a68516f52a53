/**
 * The coach's small pure pieces about findings and time: which finding a card or a
 * dismissal means, what gets underlined, the badge's counts, and the frame's clock.
 */
import type { Finding, Severity } from '../../lib/model';
import type { Clock } from '../../lib/coach/scheduler';
import type { ShownFinding } from '../FindingList';
import type { Mark } from '../../lib/overlay/mirror';
import type { Blank } from '../../lib/templates/fill';

/** Keys that move the caret without typing: landing in an underlined phrase this way opens its card. */
export const NAVIGATION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** A finding as the coach shows it: with an id (rule and place) and the words it underlines. */
export function shownFinding(f: Finding, text: string): ShownFinding {
  const spanned = f.start !== undefined && f.end !== undefined;
  return { ...f, id: spanned ? `${f.rule}@${f.start}` : f.rule, phrase: spanned ? text.slice(f.start, f.end) : '' };
}

/** Dismissed for this note: the same rule on the same words stays dismissed while the text around it changes. */
export function dismissKey(f: ShownFinding): string {
  return `${f.rule}|${f.phrase}`;
}

/** Every span the findings underline, each finding's extra spans included. */
export function marksOf(findings: readonly ShownFinding[]): Mark[] {
  return findings.flatMap((f) => [
    ...(f.start !== undefined && f.end !== undefined ? [{ start: f.start, end: f.end, severity: f.severity, id: f.id }] : []),
    ...(f.also ?? []).map((s) => ({ start: s.start, end: s.end, severity: f.severity, id: f.id })),
  ]);
}

/** The badge's count by severity. */
export function countBySeverity(findings: readonly ShownFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The frame's own clock: checks are paced against it (lib/coach/scheduler.ts). */
export const frameClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
  requestFrame: (fn) => requestAnimationFrame(fn),
  cancelFrame: (handle) => typeof handle === 'number' && cancelAnimationFrame(handle),
};

/** A template's unfilled blanks as findings: errors, counted as blanks in the panel (components/Sidebar.tsx). */
export function blankFindings(blanks: Blank[]): Finding[] {
  return blanks.map((b) => ({
    rule: 'template-blank',
    severity: 'error' as const,
    message: `Fill in the blank: ${b.label}.`,
    start: b.start,
    end: b.end,
  }));
}
