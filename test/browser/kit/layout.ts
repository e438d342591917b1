/**
 * Layout assertions that hold whatever the fonts, for every browser test: which side, which
 * comes first, no overlap, inside the box, never a position to the pixel. Order is read from
 * centres (kerning and other fonts move the edges of neighbouring glyphs and boxes a fraction of
 * a pixel into each other, never their centres past each other); overlap and containment are
 * read from edges with `SUBPIXEL` of slack (engines round layout to fractions of a pixel).
 */
import { expect } from '@open-wc/testing';

/** How far two edges may cross from rounding alone. */
export const SUBPIXEL = 1;

/** What has a box: an element, a range of text, or a box already measured. */
export type Boxed = Element | Range | DOMRect;

export const box = (of: Boxed): DOMRect => (of instanceof DOMRect ? of : of.getBoundingClientRect());

const centreX = (b: DOMRect) => b.left + b.width / 2;

/**
 * The box of the character at `index` of `node`'s text, white space at either end left out
 * (negative: from the end), wherever in its text nodes the character is.
 */
export function glyph(node: Element, index: number): DOMRect {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const all = texts.map((t) => t.data).join('');
  const start = all.length - all.trimStart().length;
  const end = all.trimEnd().length;
  let at = index < 0 ? end + index : start + index;
  if (at < start || at >= end) throw new Error(`glyph ${index} of "${all.trim()}": out of range`);
  for (const t of texts) {
    if (at < t.data.length) {
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + 1);
      return range.getBoundingClientRect();
    }
    at -= t.data.length;
  }
  throw new Error('unreachable');
}

/** The boxes read left to right in the order given (by their centres). */
export function expectLeftToRight(boxes: Boxed[], what: string): void {
  const centres = boxes.map((b) => centreX(box(b)));
  for (let i = 1; i < centres.length; i++) {
    expect(centres[i]!, `${what}: box ${i} right of box ${i - 1}`).to.be.greaterThan(centres[i - 1]!);
  }
}

/** `a` is on the `side` of `b`: its centre on that side, the two not overlapping. */
export function expectSide(a: Boxed, side: 'left' | 'right', b: Boxed, what: string): void {
  const [boxA, boxB] = [box(a), box(b)];
  expectLeftToRight(side === 'left' ? [boxA, boxB] : [boxB, boxA], `${what}: on the ${side}`);
  if (side === 'left') expect(boxA.right, `${what}: no overlap`).to.be.at.most(boxB.left + SUBPIXEL);
  else expect(boxA.left, `${what}: no overlap`).to.be.at.least(boxB.right - SUBPIXEL);
}

/** `a` lies within `b`'s height (beside it on the same lines). */
export function expectSameRows(a: Boxed, b: Boxed, what: string): void {
  const [boxA, boxB] = [box(a), box(b)];
  expect(boxA.top, `${what}: not above`).to.be.at.least(boxB.top - SUBPIXEL);
  expect(boxA.bottom, `${what}: not below`).to.be.at.most(boxB.bottom + SUBPIXEL);
}

/** `a` starts on a row below `b`. */
export function expectBelow(a: Boxed, b: Boxed, what: string): void {
  expect(box(a).top, `${what}: below`).to.be.at.least(box(b).bottom - SUBPIXEL);
}

type Side = 'top' | 'right' | 'bottom' | 'left';

/** `inner` does not cross `outer` on `sides` (all four by default). */
export function expectInside(
  inner: Boxed,
  outer: Boxed,
  what: string,
  sides: Side[] = ['top', 'right', 'bottom', 'left'],
): void {
  const [i, o] = [box(inner), box(outer)];
  for (const side of sides) {
    if (side === 'top' || side === 'left') {
      expect(i[side], `${what}: inside on the ${side}`).to.be.at.least(o[side] - SUBPIXEL);
    } else {
      expect(i[side], `${what}: inside on the ${side}`).to.be.at.most(o[side] + SUBPIXEL);
    }
  }
}
