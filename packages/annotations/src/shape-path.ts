import type { Shape } from './model.js';

/** A shape as a canvas path in canvas coordinates; a point is a path of no area (it is drawn and hit as a dot of constant size). */
export function pathOf(shape: Shape): Path2D {
  const path = new Path2D();
  switch (shape.kind) {
    case 'rect':
      path.rect(shape.rect.x, shape.rect.y, shape.rect.width, shape.rect.height);
      break;
    case 'polygon':
      shape.points.forEach(([x, y], index) => (index === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
      path.closePath();
      break;
    case 'path':
      path.addPath(new Path2D(shape.d));
      break;
    case 'ellipse':
      path.ellipse(shape.cx, shape.cy, shape.rx, shape.ry, 0, 0, 2 * Math.PI);
      break;
    case 'point':
      path.moveTo(shape.x, shape.y);
      break;
  }
  return path;
}

/** Radius of a point annotation's dot on screen, in CSS pixels. */
export const pointRadius = 6;
