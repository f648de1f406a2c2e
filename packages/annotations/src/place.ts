import { spreadCanvas, type SlotCanvas } from '@vellum/engine';
import type { Rect } from '@vellum/iiif';
import type { Shape, ViewerAnnotation } from './model.js';

/** Where a canvas sits in a larger drawing (a page in a book spread): moved by x and y after being scaled. */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

const pathNumber = /[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
/** For each path command, what each of its arguments is: an x, a y, a length, or kept as is (angles and flags). */
const pathArguments: Record<string, string> = { M: 'xy', L: 'xy', H: 'x', V: 'y', C: 'xyxyxy', S: 'xyxy', Q: 'xyxy', T: 'xy', A: 'll...xy', Z: '' };

function placedPath(d: string, { x, y, scale }: Placement): string {
  const out: string[] = [];
  let command = '';
  let argument = 0;
  for (const token of d.match(pathNumber) ?? []) {
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      argument = 0;
      out.push(token);
      continue;
    }
    const kinds = pathArguments[command.toUpperCase()] ?? '';
    const kind = kinds[argument % Math.max(kinds.length, 1)];
    argument += 1;
    const value = Number(token);
    const relative = command !== command.toUpperCase();
    if (kind === 'x') out.push(String(value * scale + (relative ? 0 : x)));
    else if (kind === 'y') out.push(String(value * scale + (relative ? 0 : y)));
    else if (kind === 'l') out.push(String(value * scale));
    else out.push(token);
  }
  return out.join(' ');
}

function placedRect(rect: Rect, { x, y, scale }: Placement): Rect {
  return { x: x + rect.x * scale, y: y + rect.y * scale, width: rect.width * scale, height: rect.height * scale };
}

function placedShape(shape: Shape, placement: Placement): Shape {
  const { x, y, scale } = placement;
  switch (shape.kind) {
    case 'rect':
      return { kind: 'rect', rect: placedRect(shape.rect, placement) };
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(([px, py]) => [x + px * scale, y + py * scale]) };
    case 'path':
      return { kind: 'path', d: placedPath(shape.d, placement) };
    case 'ellipse':
      return { kind: 'ellipse', cx: x + shape.cx * scale, cy: y + shape.cy * scale, rx: shape.rx * scale, ry: shape.ry * scale };
    case 'point':
      return { kind: 'point', x: x + shape.x * scale, y: y + shape.y * scale };
  }
}

/** An annotation drawn where its canvas sits in a larger drawing: its shape and bounds in the drawing's units. */
export function placeAnnotation(annotation: ViewerAnnotation, placement: Placement): ViewerAnnotation {
  if (placement.x === 0 && placement.y === 0 && placement.scale === 1) return annotation;
  return { ...annotation, shape: placedShape(annotation.shape, placement), bounds: placedRect(annotation.bounds, placement) };
}

/** Annotations of the pages of a spread, each where the spread puts its page (pages side by side, see spreadCanvas). */
export function placeOnPages(annotations: readonly ViewerAnnotation[], pages: readonly SlotCanvas[]): ViewerAnnotation[] {
  const placements = new Map((spreadCanvas(pages).pages ?? []).map(({ id, rect, scale }) => [id, { x: rect.x, y: rect.y, scale }]));
  return annotations.map((annotation) => {
    const placement = placements.get(annotation.canvasId);
    return placement ? placeAnnotation(annotation, placement) : annotation;
  });
}
