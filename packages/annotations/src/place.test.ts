import { expect } from '@esm-bundle/chai';
import { boundsOfShape } from './geometry.js';
import type { Shape, ViewerAnnotation } from './model.js';
import { placeAnnotation, placeOnPages } from './place.js';

const annotation = (shape: Shape): ViewerAnnotation => ({ id: 'a', canvasId: 'c', motivations: [], shape, bounds: boundsOfShape(shape)!, bodies: [], tags: [] });
const onRightPage = { x: 1000, y: 0, scale: 0.5 };

describe('placeAnnotation', () => {
  it('moves and scales every kind of shape with its bounds, as the page it is on', () => {
    expect(placeAnnotation(annotation({ kind: 'rect', rect: { x: 100, y: 200, width: 40, height: 60 } }), onRightPage)).to.deep.include({
      shape: { kind: 'rect', rect: { x: 1050, y: 100, width: 20, height: 30 } },
      bounds: { x: 1050, y: 100, width: 20, height: 30 },
    });
    expect(placeAnnotation(annotation({ kind: 'polygon', points: [[0, 0], [100, 0], [50, 100]] }), onRightPage).shape).to.deep.equal({
      kind: 'polygon',
      points: [[1000, 0], [1050, 0], [1025, 50]],
    });
    expect(placeAnnotation(annotation({ kind: 'ellipse', cx: 100, cy: 100, rx: 20, ry: 10 }), onRightPage).shape).to.deep.equal({ kind: 'ellipse', cx: 1050, cy: 50, rx: 10, ry: 5 });
    expect(placeAnnotation(annotation({ kind: 'point', x: 10, y: 20 }), onRightPage).shape).to.deep.equal({ kind: 'point', x: 1005, y: 10 });
  });

  it('places a path with absolute and relative commands and arcs, so its box lands where the page puts it', () => {
    const placed = placeAnnotation(annotation({ kind: 'path', d: 'M10,20 l 100 0 v100 H10 A 20 20 0 0 1 10 20 Z' }), onRightPage);
    expect(placed.shape).to.deep.equal({ kind: 'path', d: 'M 1005 10 l 50 0 v 50 H 1005 A 10 10 0 0 1 1005 10 Z' });
    expect(boundsOfShape(placed.shape)).to.deep.equal({ x: 1005, y: 10, width: 50, height: 50 });
  });

  it('leaves an annotation on a canvas shown alone as it is', () => {
    const alone = annotation({ kind: 'point', x: 1, y: 2 });
    expect(placeAnnotation(alone, { x: 0, y: 0, scale: 1 })).to.equal(alone);
  });
});

describe('placeOnPages', () => {
  it('puts the annotations of each page of a spread on that page, scaled to the tallest', () => {
    const left = { id: 'left', width: 1800, height: 2400, images: [] };
    const right = { id: 'right', width: 1600, height: 2200, images: [] };
    const mark = (canvasId: string): ViewerAnnotation => ({ ...annotation({ kind: 'rect', rect: { x: 0, y: 0, width: 1600, height: 2200 } }), id: canvasId, canvasId });
    const [onLeft, onRight] = placeOnPages([mark('left'), mark('right')], [left, right]);
    expect(onLeft.bounds).to.deep.equal({ x: 0, y: 0, width: 1600, height: 2200 });
    expect(onRight.bounds.x).to.equal(1800);
    expect(onRight.bounds.height).to.be.closeTo(2400, 1e-9);
    expect(onRight.bounds.width).to.be.closeTo((1600 * 2400) / 2200, 1e-9);
  });
});
