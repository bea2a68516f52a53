import { describe, expect, it } from 'vitest';
import { intersects, place } from '../../lib/overlay/place';

const note = { left: 340, top: 240, width: 580, height: 155 };
const save = { left: 340, top: 400, width: 80, height: 22 };

describe('place: where a card or the panel floats', () => {
  it('goes beside the note when the window has room, lined up with the phrase', () => {
    const at = place({ viewport: { width: 1920, height: 1080 }, note, avoid: [save], want: { width: 340, height: 400 }, min: { width: 240, height: 160 }, anchorY: 250 });
    expect(at.side).toBe('right');
    expect(at.top).toBe(250);
    expect(intersects(at, note) || intersects(at, save)).toBe(false);
  });

  it('takes the left when the right is too narrow (1024-wide Workforce One), never over the note or Save', () => {
    const at = place({ viewport: { width: 1024, height: 768 }, note, avoid: [save], want: { width: 340, height: 400 }, min: { width: 240, height: 160 } });
    expect(at.side).toBe('left');
    expect(at.width).toBeGreaterThanOrEqual(240);
    expect(intersects(at, note) || intersects(at, save)).toBe(false);
  });

  it('goes below the note and its Save when neither side has room, and scrolls inside what is left', () => {
    const wide = { left: 20, top: 100, width: 800, height: 200 };
    const under = { left: 20, top: 310, width: 80, height: 22 };
    const at = place({ viewport: { width: 853, height: 600 }, note: wide, avoid: [under], want: { width: 340, height: 500 }, min: { width: 240, height: 160 } });
    expect(at.side).toBe('below');
    expect(at.top).toBeGreaterThanOrEqual(332);
    expect(at.top + at.height).toBeLessThanOrEqual(600);
    expect(intersects(at, wide) || intersects(at, under)).toBe(false);
  });

  // Workforce One's earlier notes sit in a table under the note box, as wide as the page: what a case manager reads while writing.
  const earlier = { left: 178, top: 434, width: 1094, height: 59 };
  it('leaves the page\'s earlier notes readable when there is room: beside the note, above the table, scrolling inside', () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 1024, height: 768 }]) {
      const table = { ...earlier, width: viewport.width - 186 };
      const at = place({ viewport, note, avoid: [save], spare: [[table]], want: { width: 340, height: 900 }, min: { width: 240, height: 160 } });
      expect(at.side).toBe(viewport.width === 1280 ? 'right' : 'left');
      expect(intersects(at, table) || intersects(at, note) || intersects(at, save)).toBe(false);
      expect(at.height).toBeGreaterThanOrEqual(160);
    }
  });

  it('keeps the form\'s labels clear too where it can, and gives them up before the earlier notes', () => {
    const labels = [{ left: 193, top: 170, width: 70, height: 16 }, { left: 193, top: 240, width: 90, height: 16 }];
    const viewport = { width: 1024, height: 768 };
    const table = { ...earlier, width: 838 };
    // Room under the history: the panel goes there, covering neither.
    const under = place({ viewport, note, avoid: [save], spare: [[table], labels], want: { width: 340, height: 900 }, min: { width: 240, height: 160 } });
    expect([table, ...labels, note, save].some((b) => intersects(under, b))).toBe(false);
    // A history reaching the window's bottom: the labels are given up, the history kept clear.
    const long = { ...table, height: 768 - 434 };
    const beside = place({ viewport, note, avoid: [save], spare: [[long], labels], want: { width: 340, height: 900 }, min: { width: 240, height: 160 } });
    expect([long, note, save].some((b) => intersects(beside, b))).toBe(false);
    expect(beside.side).toBe('left');
  });

  it('does not squeeze the panel into a sliver to spare the labels (an 800×600 window)', () => {
    const viewport = { width: 785, height: 585 };
    const table = { ...earlier, width: 614 };
    const labels = [178, 202, 227, 247].map((top) => ({ left: 193, top, width: 80, height: 14 }));
    const at = place({ viewport, note, avoid: [save], spare: [[table], labels], want: { width: 340, height: 900 }, min: { width: 240, height: 160 } });
    expect(at.height).toBeGreaterThanOrEqual(240);
    expect([table, note, save].some((b) => intersects(at, b))).toBe(false);
  });

  it('covers the earlier notes rather than the note or Save when nothing else has room', () => {
    // A history filling the window from the top: nothing clear of it is left beside or around the note.
    const table = { left: 0, top: 0, width: 1024, height: 768 };
    const at = place({ viewport: { width: 1024, height: 768 }, note, avoid: [save], spare: [[table]], want: { width: 340, height: 900 }, min: { width: 240, height: 160 } });
    expect(at.side).toBe('left');
    expect(intersects(at, note) || intersects(at, save)).toBe(false);
  });
});
