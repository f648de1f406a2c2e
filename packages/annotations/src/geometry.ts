import type { Rect } from '@vellum/iiif';
import type { Shape } from './model.js';

export function boundsOfPoints(points: readonly (readonly [number, number])[]): Rect | undefined {
  if (points.length === 0 || points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return undefined;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const pathArity: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** The points a path passes through or bends towards (enough for its box); undefined when the path is malformed. */
export function pathPoints(d: string): [number, number][] | undefined {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  if (!/^[Mm]$/.test(tokens[0] ?? '')) return undefined;
  const points: [number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  let index = 0;
  while (index < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[index])) command = tokens[index++];
    const upper = command.toUpperCase();
    const arity = pathArity[upper];
    if (arity === undefined) return undefined;
    if (arity === 0) {
      [x, y] = [startX, startY];
      continue;
    }
    const args = tokens.slice(index, index + arity).map(Number);
    if (args.length < arity || args.some((value) => !Number.isFinite(value))) return undefined;
    index += arity;
    const relative = command !== upper;
    const [baseX, baseY] = relative ? [x, y] : [0, 0];
    if (upper === 'H') x = baseX + args[0];
    else if (upper === 'V') y = baseY + args[0];
    else {
      const pairs = upper === 'A' ? [args.slice(5)] : Array.from({ length: arity / 2 }, (_, i) => args.slice(i * 2, i * 2 + 2));
      for (const [px, py] of pairs.slice(0, -1)) points.push([baseX + px, baseY + py]);
      const [endX, endY] = pairs[pairs.length - 1];
      [x, y] = [baseX + endX, baseY + endY];
    }
    points.push([x, y]);
    if (upper === 'M') {
      [startX, startY] = [x, y];
      command = relative ? 'l' : 'L';
    }
  }
  return points;
}

export function boundsOfShape(shape: Shape): Rect | undefined {
  switch (shape.kind) {
    case 'rect':
      return shape.rect;
    case 'point':
      return { x: shape.x, y: shape.y, width: 0, height: 0 };
    case 'ellipse':
      return { x: shape.cx - shape.rx, y: shape.cy - shape.ry, width: 2 * shape.rx, height: 2 * shape.ry };
    case 'polygon':
      return boundsOfPoints(shape.points);
    case 'path': {
      const points = pathPoints(shape.d);
      return points && boundsOfPoints(points);
    }
  }
}
