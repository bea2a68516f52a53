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
});
