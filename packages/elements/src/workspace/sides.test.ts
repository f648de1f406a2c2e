import { expect } from '@esm-bundle/chai';
import { nearestSide, neighbourOn, sideOfKey } from './sides.js';

describe('sides of window boxes', () => {
  const box = new DOMRect(100, 100, 200, 100);

  it('finds the side of a box nearest to a point', () => {
    expect(nearestSide(box, 295, 150)).to.equal('right');
    expect(nearestSide(box, 105, 150)).to.equal('left');
    expect(nearestSide(box, 200, 102)).to.equal('top');
    expect(nearestSide(box, 200, 198)).to.equal('bottom');
  });

  it('reads arrow keys as sides and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map(sideOfKey)).to.deep.equal(['left', 'right', 'top', 'bottom']);
    expect(sideOfKey('Enter')).to.equal(undefined);
  });

  it('finds the nearest neighbour on a side, the one sharing more of the edge first', () => {
    const boxes = new Map([
      ['a', new DOMRect(0, 0, 100, 100)],
      ['b', new DOMRect(100, 0, 100, 60)],
      ['c', new DOMRect(100, 60, 100, 40)],
      ['d', new DOMRect(200, 0, 100, 100)],
    ]);
    expect(neighbourOn(boxes, 'a', 'right')).to.equal('b');
    expect(neighbourOn(boxes, 'c', 'top')).to.equal('b');
    expect(neighbourOn(boxes, 'd', 'left')).to.equal('b');
    expect(neighbourOn(boxes, 'a', 'left')).to.equal(undefined);
  });
});
