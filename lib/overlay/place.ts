/**
 * Where a floating card or panel goes: in the viewport, never over the note
 * field or the page's Save (they are what the case manager is using), beside
 * the note when there is room, else above or below it. Pure geometry, so it is
 * tested without a browser.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Placement extends Box {
  /** Which side of the note it went to, for the tests and the screenshots. */
  side: 'right' | 'left' | 'below' | 'above' | 'fallback';
}

interface PlaceRequest {
  viewport: { width: number; height: number };
  /** The note field, in viewport coordinates. */
  note: Box;
  /** Never covered either (the page's Save and the like). */
  avoid: Box[];
  /**
   * Left clear too wherever the window has room for that (else covered rather than the note or Save): what the
   * case manager reads while writing, most needed first (the page's earlier notes, then the form's labels). When
   * not all can be left clear, the last group is given up first.
   */
  spare?: Box[][];
  /** How big the content would like to be; it scrolls inside a smaller box. */
  want: { width: number; height: number };
  min: { width: number; height: number };
  /** The y the box should line up with (a phrase's line), when beside the note. */
  anchorY?: number;
}

const GAP = 8;
/** The least height worth leaving the page's earlier notes or labels clear for (less, and they are covered instead). */
const SPARED_MIN_HEIGHT = 240;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

export function place(r: PlaceRequest): Placement {
  const shown = (b: Box) => b.width > 0 && b.height > 0 && intersects(b, { left: 0, top: 0, ...r.viewport });
  const groups = (r.spare ?? []).map((g) => g.filter(shown));
  // First somewhere that leaves all of what the case manager reads readable; then giving up the least needed first.
  // Sparing is worth it only with room to read the panel there: a sliver between two labels is not.
  const min = { ...r.min, height: Math.max(r.min.height, Math.min(r.want.height, SPARED_MIN_HEIGHT)) };
  for (let n = groups.length; n > 0; n--) {
    const spare = groups.slice(0, n).flat();
    const clear = spare.length ? placeClear({ ...r, min, avoid: [...r.avoid, ...spare] }) : null;
    if (clear) return clear;
  }
  return placeClear(r) ?? lastResort(r);
}

/** The lowest box of a column from `top` that stays clear of the blockers, as tall as wanted or as the room allows. */
function fitDown(column: { left: number; width: number }, top: number, height: number, bottom: number, blockers: Box[]): number {
  let h = Math.min(height, bottom - top);
  for (const b of blockers) {
    const sideBySide = column.left >= b.left + b.width || b.left >= column.left + column.width;
    if (!sideBySide && b.top >= top) h = Math.min(h, b.top - GAP - top);
  }
  return h;
}

/** Beside the note, else above or below it all, clear of every blocker; null when the window has no such room. */
function placeClear(r: PlaceRequest): Placement | null {
  const { viewport: vp, note, want, min } = r;
  const blockers = [note, ...r.avoid].filter((b) => b.width > 0 && b.height > 0);
  const free = (b: Box) => !blockers.some((x) => intersects(b, x));
  const maxH = Math.max(0, vp.height - 2 * GAP);
  const height = Math.min(want.height, maxH);

  // Beside the note: a column to its right, then to its left, at the anchor's height where the Save allows.
  const columns: { side: 'right' | 'left'; left: number; width: number }[] = [];
  const rightRoom = vp.width - (note.left + note.width) - 2 * GAP;
  if (rightRoom >= min.width) columns.push({ side: 'right', left: note.left + note.width + GAP, width: Math.min(want.width, rightRoom) });
  const leftRoom = note.left - 2 * GAP;
  if (leftRoom >= min.width) {
    const width = Math.min(want.width, leftRoom);
    columns.push({ side: 'left', left: note.left - GAP - width, width });
  }
  for (const c of columns) {
    const anchor = r.anchorY ?? note.top;
    for (const h of [height, Math.max(min.height, Math.min(height, maxH / 2))]) {
      const tops = [clamp(anchor, GAP, vp.height - GAP - h), ...blockers.flatMap((b) => [b.top + b.height + GAP, b.top - GAP - h])];
      for (const top of tops) {
        const box = { left: c.left, top, width: c.width, height: h };
        if (top >= GAP && top + h <= vp.height - GAP + 0.5 && free(box)) return { ...box, side: c.side };
      }
    }
    // Neither fits whole: the tallest part of the column between blockers (the panel scrolls inside it).
    const fitted = [GAP, ...blockers.map((b) => b.top + b.height + GAP)]
      .filter((top) => top >= GAP && top < vp.height - GAP)
      .map((top) => ({ left: c.left, top, width: c.width, height: fitDown(c, top, height, vp.height - GAP, blockers) }))
      .filter((box) => box.height >= min.height && free(box))
      .sort((a, b) => b.height - a.height)[0];
    if (fitted) return { ...fitted, side: c.side };
  }

  // Above or below everything it must not cover, as wide as wanted.
  const width = Math.min(want.width, vp.width - 2 * GAP);
  const left = clamp(note.left, GAP, vp.width - GAP - width);
  const bottom = Math.max(...blockers.map((b) => b.top + b.height));
  const top = Math.min(...blockers.map((b) => b.top));
  const belowRoom = vp.height - GAP - (bottom + GAP);
  const aboveRoom = top - 2 * GAP;
  if (belowRoom >= Math.min(min.height, height) || aboveRoom >= Math.min(min.height, height)) {
    if (belowRoom >= aboveRoom || belowRoom >= height) {
      const h = Math.min(height, belowRoom);
      return { left, top: bottom + GAP, width, height: h, side: 'below' };
    }
    const h = Math.min(height, aboveRoom);
    return { left, top: top - GAP - h, width, height: h, side: 'above' };
  }

  return null;
}

/** A window too small for any of that: the biggest free strip, however thin, still off the note and the Save. */
function lastResort(r: PlaceRequest): Placement {
  const { viewport: vp, note, want } = r;
  const blockers = [note, ...r.avoid].filter((b) => b.width > 0 && b.height > 0);
  const free = (b: Box) => !blockers.some((x) => intersects(b, x));
  const height = Math.min(want.height, Math.max(0, vp.height - 2 * GAP));
  const width = Math.min(want.width, vp.width - 2 * GAP);
  const bottom = Math.max(...blockers.map((b) => b.top + b.height));
  const top = Math.min(...blockers.map((b) => b.top));
  const strips: Box[] = [
    { left: GAP, top: bottom + GAP, width, height: vp.height - GAP - (bottom + GAP) },
    { left: GAP, top: GAP, width, height: top - 2 * GAP },
    { left: note.left + note.width + GAP, top: GAP, width: vp.width - (note.left + note.width) - 2 * GAP, height: vp.height - 2 * GAP },
    { left: GAP, top: GAP, width: note.left - 2 * GAP, height: vp.height - 2 * GAP },
  ].filter((b) => b.width > 0 && b.height > 0 && free(b));
  strips.sort((a, b) => b.width * b.height - a.width * a.height);
  const best = strips[0];
  if (best) return { ...best, height: Math.min(best.height, height), side: 'fallback' };
  return { left: GAP, top: GAP, width: Math.max(0, Math.min(width, vp.width - 2 * GAP)), height: 0, side: 'fallback' };
}
