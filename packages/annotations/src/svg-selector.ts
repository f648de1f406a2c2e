import type { Shape } from './model.js';

const drawable = 'polygon, polyline, path, circle, ellipse, rect, line';

function numberAttribute(element: Element, name: string): number {
  const value = element.getAttribute(name);
  return value === null || value.trim() === '' ? NaN : Number(value);
}

function pointsOf(list: string): [number, number][] | undefined {
  const numbers = list.trim().split(/[\s,]+/).map(Number);
  if (numbers.length < 4 || numbers.length % 2 !== 0 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i], numbers[2 * i + 1]]);
}

function shapeOf(element: Element): Shape | undefined {
  const n = (name: string) => numberAttribute(element, name);
  switch (element.localName) {
    case 'polygon':
    case 'polyline': {
      const points = pointsOf(element.getAttribute('points') ?? '');
      return points && { kind: 'polygon', points };
    }
    case 'path': {
      const d = element.getAttribute('d') ?? '';
      return { kind: 'path', d };
    }
    case 'line': {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map(n);
      return [x1, y1, x2, y2].every(Number.isFinite) ? { kind: 'path', d: `M ${x1} ${y1} L ${x2} ${y2}` } : undefined;
    }
    case 'circle':
      return { kind: 'ellipse', cx: n('cx'), cy: n('cy'), rx: n('r'), ry: n('r') };
    case 'ellipse':
      return { kind: 'ellipse', cx: n('cx'), cy: n('cy'), rx: n('rx'), ry: n('ry') };
    default:
      return { kind: 'rect', rect: { x: n('x'), y: n('y'), width: n('width'), height: n('height') } };
  }
}

/** The first shape drawn by an SvgSelector's markup; undefined when the markup is not well-formed SVG. */
export function parseSvgSelector(markup: string): Shape | undefined {
  const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
  if (document.querySelector('parsererror') || document.documentElement.localName !== 'svg') return undefined;
  const element = document.documentElement.querySelector(drawable);
  return element ? shapeOf(element) : undefined;
}
