/**
 * A rich editor's text as the coach reads it, and the way back: the text a
 * person reads in an editable (a new line between blocks and at each <br>),
 * each text offset's DOM position and each DOM position's offset (for
 * selections, the caret and highlights), and where a span of it is drawn.
 */
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table', 'section', 'article']);

interface Piece {
  node: Text;
  /** Offset of the node's first character in the text. */
  start: number;
}

/**
 * The editable's text as a person reads it (a new line between blocks and at
 * each <br>), with each text node's place in it, so offsets map back to DOM
 * positions for ranges and highlights.
 */
export function textMap(root: Node): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  const breakLine = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        pieces.push({ node: child as Text, start: text.length });
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const name = el.localName;
        if (name === 'br') {
          text += '\n';
          continue;
        }
        if (name === 'script' || name === 'style' || el.getAttribute('contenteditable') === 'false' || el.getAttribute('data-cke-hidden-sel') !== null) continue;
        const block = BLOCK.has(name);
        if (block) breakLine();
        walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  // A trailing break added after the last block is not text the case manager typed.
  if (text.endsWith('\n') && !pieces.some((p) => p.start + p.node.data.length === text.length)) text = text.slice(0, -1);
  return { text, pieces };
}

/** The DOM position of a text offset: inside the text node holding it, or at the end of the one before. */
function positionOf(pieces: Piece[], offset: number, root: Node): { node: Node; offset: number } {
  let last: Piece | undefined;
  for (const p of pieces) {
    if (offset < p.start) break;
    last = p;
    if (offset <= p.start + p.node.data.length) return { node: p.node, offset: offset - p.start };
  }
  if (last) return { node: last.node, offset: last.node.data.length };
  return { node: root, offset: 0 };
}

/** A text offset for a DOM position inside the editable (for the caret). */
export function offsetOf(root: Node, pieces: Piece[], node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === 3) {
    const p = pieces.find((x) => x.node === node);
    return p ? p.start + offset : null;
  }
  // An element position: the start of the first text at or after that child, else the end of the text before it.
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  for (const p of pieces) {
    if (range.comparePoint(p.node, 0) >= 0) return p.start;
  }
  const lastPiece = pieces.at(-1);
  return lastPiece ? lastPiece.start + lastPiece.node.data.length : 0;
}

export function rangeFor(root: HTMLElement, start: number, end: number): Range {
  const { pieces } = textMap(root);
  const doc = root.ownerDocument;
  const range = doc.createRange();
  const a = positionOf(pieces, start, root);
  const b = positionOf(pieces, end, root);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Where the text from `start` to `end` is drawn, in the editor document's own viewport (where its mouse events are). */
export function textRects(root: HTMLElement, start: number, end: number): DOMRect[] {
  return Array.from(rangeFor(root, start, end).getClientRects()).filter((r) => r.width > 0 || r.height > 0);
}

/**
 * How far an editor's own viewport sits from the host page's: an iframe
 * editor's content box (inside its border and padding); nothing for an
 * editable in the page itself.
 */
export function frameOffset(doc: Document): { x: number; y: number } {
  const frame = doc.defaultView?.frameElement;
  if (!frame) return { x: 0, y: 0 };
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return {
    x: box.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0),
    y: box.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0),
  };
}
