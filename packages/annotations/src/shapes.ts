import type { Rect } from '@vellum/iiif';
import type { Shape, ViewerAnnotation } from './model.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

function element(shape: Shape): SVGElement {
  const create = (name: string, attributes: Record<string, string | number>) => {
    const node = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };
  switch (shape.kind) {
    case 'rect':
      return create('rect', shape.rect as unknown as Record<string, number>);
    case 'polygon':
      return create('polygon', { points: shape.points.map((point) => point.join(',')).join(' ') });
    case 'path':
      return create('path', { d: shape.d });
    case 'ellipse':
      return create('ellipse', { cx: shape.cx, cy: shape.cy, rx: shape.rx, ry: shape.ry });
    case 'point':
      // A zero-length line with a round cap: a dot of constant size on screen.
      return create('path', { d: `M ${shape.x} ${shape.y} h 0`, 'stroke-linecap': 'round', class: 'point' });
  }
}

/**
 * Draws annotations into an SVG group in canvas coordinates (an engine overlay's `content`), with strokes of
 * constant width on screen and a highlighted state. The shapes take no pointer events: AnnotationPointer finds them.
 * They are drawn in the inherited `--vellum-annotation-color` and `--vellum-annotation-highlight` (the element they
 * are mounted in gives those tokens their defaults), or in an annotation's own colour.
 */
export class AnnotationShapes {
  readonly #group: SVGGElement;
  readonly #shapes = new Map<string, SVGElement>();
  readonly #bounds = new Map<string, Rect>();
  readonly #culled = new Set<string>();
  #highlighted?: string;

  constructor(parent: SVGGElement) {
    this.#group = document.createElementNS(svgNamespace, 'g');
    this.#group.setAttribute('class', 'annotations');
    parent.append(this.#group);
  }

  show(annotations: readonly ViewerAnnotation[]): void {
    this.#shapes.forEach((shape) => shape.remove());
    this.#shapes.clear();
    this.#bounds.clear();
    this.#culled.clear();
    for (const annotation of annotations) {
      const shape = element(annotation.shape);
      shape.dataset.annotationId = annotation.id;
      shape.setAttribute('vector-effect', 'non-scaling-stroke');
      if (annotation.colour) shape.style.setProperty('--_colour', annotation.colour);
      this.#paint(shape, false);
      this.#shapes.set(annotation.id, shape);
      this.#bounds.set(annotation.id, annotation.bounds);
      this.#group.append(shape);
    }
    this.highlight(this.#highlighted);
  }

  highlight(id: string | undefined): void {
    const previous = this.#highlighted && this.#shapes.get(this.#highlighted);
    if (previous) this.#paint(previous, false);
    this.#highlighted = id;
    const next = id && this.#shapes.get(id);
    if (next) this.#paint(next, true);
  }

  get highlighted(): string | undefined {
    return this.#highlighted;
  }

  set visible(visible: boolean) {
    this.#group.style.display = visible ? '' : 'none';
  }

  /** Draws only the shapes that meet a region of the canvas, so a view of a few costs what a few cost however many there are. */
  cull(region: Rect): void {
    for (const [id, bounds] of this.#bounds) {
      const outside =
        bounds.x > region.x + region.width || bounds.y > region.y + region.height || bounds.x + bounds.width < region.x || bounds.y + bounds.height < region.y;
      if (outside === this.#culled.has(id)) continue;
      if (outside) this.#culled.add(id);
      else this.#culled.delete(id);
      this.#shapes.get(id)!.style.display = outside ? 'none' : '';
    }
  }

  shapeOf(id: string): SVGElement | undefined {
    return this.#shapes.get(id);
  }

  remove(): void {
    this.#group.remove();
  }

  #paint(shape: SVGElement, highlighted: boolean): void {
    const isPoint = shape.classList.contains('point');
    const colour = highlighted ? 'var(--vellum-annotation-highlight)' : 'var(--_colour, var(--vellum-annotation-color))';
    shape.style.stroke = colour;
    shape.style.strokeWidth = isPoint ? '12px' : highlighted ? '3px' : '2px';
    shape.style.fill = isPoint ? 'none' : colour;
    shape.style.fillOpacity = highlighted ? '0.25' : '0.08';
  }
}
