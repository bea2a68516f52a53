import type { Severity } from '../lib/model';
import { plural, SEVERITY_ICON, SEVERITY_LABEL } from '../lib/words';

export interface BadgeProps {
  /** null before the case manager has typed anything: nothing is flagged yet. */
  counts: Record<Severity, number> | null;
  /** The checker failed: no warnings, said plainly. */
  unavailable: boolean;
  open: boolean;
  shortcut: string;
  onToggle(): void;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** "2 Errors, 1 Reminder": what the badge says to a screen reader. */
function countWords(counts: Record<Severity, number>): string {
  const parts = ORDER.filter((s) => counts[s] > 0).map((s) => plural(counts[s], SEVERITY_LABEL[s]));
  return parts.length ? parts.join(', ') : 'No problems found';
}

/** The small count at the note's corner; it opens the panel. */
export function Badge(p: BadgeProps) {
  // Checking unavailable, the coach still counts what it sees itself (template blanks); never a ✓ it cannot vouch for.
  const seen = p.counts !== null && ORDER.some((s) => p.counts![s] > 0);
  const counted = p.counts !== null && (!p.unavailable || seen);
  const clean = counted && !p.unavailable && !seen;
  const said = p.unavailable
    ? seen
      ? `checking unavailable; ${countWords(p.counts!)} seen in the note`
      : 'checking unavailable'
    : p.counts
      ? countWords(p.counts)
      : 'start typing to check the note';
  return (
    <button
      type="button"
      class="cnc-badge"
      aria-expanded={p.open}
      title={`Case Note Coach (${p.shortcut})`}
      onClick={p.onToggle}
    >
      {/* The same nodes on every render, shown or hidden: inserting or removing one while the case manager types
          would end the browser's typing undo step (Chromium does so for any node in the document). */}
      {/* The name comes from this text, not an aria-label: a label that leaves out the visible "✖ 1 ⚠ 2"
          is one a speech-input user cannot say (WCAG 2.5.3), and the icons read aloud say nothing. */}
      <span class="cnc-sr">{`Case Note Coach: ${said}. ${p.open ? 'Close' : 'Open'} the panel (${p.shortcut}).`}</span>
      {ORDER.map((s) => (
        <span key={s} class={`n-${s}`} data-severity={s} aria-hidden="true" hidden={!counted || p.counts![s] === 0}>
          {SEVERITY_ICON[s]} {counted ? p.counts![s] : 0}
        </span>
      ))}
      <span class="ok" aria-hidden="true" hidden={!counted || !clean}>
        ✓
      </span>
      <span aria-hidden="true" hidden={counted}>
        CN
      </span>
    </button>
  );
}
