/**
 * Underlines in a rich editor without touching its DOM: the CSS Custom
 * Highlight API paints ranges over the editor's own text, so the editor's
 * model, its saved HTML and its undo history never see them. The
 * `::highlight()` styles go in through `adoptedStyleSheets` (not a <style>
 * node the editor could serialise). Where the API is missing, no underlines:
 * the sidebar still lists every finding.
 */
import type { Severity } from '../model';
import type { Mark } from './mirror';
import type { NoteField } from './note-field';
import { frameOffset, rangeFor, textRects } from './rich-text';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** One declaration list for the three (the note frame's size budget): only the style and colour differ. */
const DECORATION = 'text-decoration-thickness:2px;text-underline-offset:3px';
const CSS_TEXT = `::highlight(cnc-error){text-decoration:underline wavy #c62828;${DECORATION}}::highlight(cnc-warning){text-decoration:underline wavy #b26a00;${DECORATION}}::highlight(cnc-info){text-decoration:underline dotted #1565c0;${DECORATION}}`;

type HighlightWindow = Window & {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
};

export class HighlightMarks {
  private readonly registry: Map<string, unknown> | null;
  private readonly Highlight: (new (...ranges: Range[]) => unknown) | null;
  private frame = 0;
  private marks: Mark[] = [];

  constructor(
    private readonly field: NoteField,
    signal: AbortSignal,
  ) {
    const view = field.doc.defaultView as HighlightWindow | null;
    this.registry = view?.CSS?.highlights ?? null;
    this.Highlight = view?.Highlight ?? null;
    if (!view || !this.registry || !this.Highlight) return;
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      field.doc.adoptedStyleSheets = [...field.doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
    }
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      for (const s of SEVERITIES) this.registry?.delete(`cnc-${s}`);
      if (sheet) field.doc.adoptedStyleSheets = field.doc.adoptedStyleSheets.filter((x) => x !== sheet);
    });
  }

  setMarks(marks: Mark[], inFrame = false): void {
    this.marks = marks;
    if (!this.registry) return;
    if (inFrame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.render();
    } else if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  /** The underline under a point in the editor's own viewport (its mouse events' coordinates), for hover cards. */
  markAt(x: number, y: number): { id: string; rect: DOMRect } | null {
    for (const mark of this.marks) {
      if (mark.end <= mark.start || !mark.id) continue;
      for (const r of textRects(this.field.target, mark.start, mark.end)) {
        if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return { id: mark.id, rect: r };
      }
    }
    return null;
  }

  /** Where a finding's phrase is, in host-page coordinates (an iframe editor's moved by the iframe's place). */
  rectOf(id: string): DOMRect | null {
    const mark = this.marks.find((m) => m.id === id);
    const r = mark ? textRects(this.field.target, mark.start, mark.end)[0] : undefined;
    if (!r) return null;
    const at = frameOffset(this.field.doc);
    return new DOMRect(r.left + at.x, r.top + at.y, r.width, r.height);
  }

  private render(): void {
    const registry = this.registry;
    const Highlight = this.Highlight;
    if (!registry || !Highlight) return;
    const root = this.field.target;
    for (const severity of SEVERITIES) {
      const ranges = this.marks.filter((m) => m.severity === severity && m.end > m.start).map((m) => rangeFor(root, m.start, m.end));
      if (ranges.length) registry.set(`cnc-${severity}`, new Highlight(...ranges));
      else registry.delete(`cnc-${severity}`);
    }
  }
}
