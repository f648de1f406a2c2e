import type { Rect } from '@vellum/iiif';
import type { ViewerAnnotation } from './model.js';
import { pathOf, pointRadius } from './shape-path.js';

export interface ShapeHandlers {
  /** The pointer entered a shape (its annotation id) or left it (undefined). */
  hover?(id: string | undefined): void;
  activate?(id: string): void;
}

/** Screen pixels beside a shape's edge that still count as on it. */
const tolerance = 4;
/** A pointer that moved further than this between press and release dragged the image: its click activates nothing. */
const dragDistance = 5;

interface Target {
  id: string;
  bounds: Rect;
  path: Path2D;
  isPoint: boolean;
  area: number;
}

/**
 * Finds the annotation under the pointer by its geometry, from the events of the layer the overlay lies in: the
 * annotations answer hover and click whatever lies over them (the editor's layer among others), and drawing them
 * on a canvas costs no pointer targets.
 */
export class AnnotationPointer {
  /** While false (the annotations are hidden), the pointer finds none. */
  enabled = true;
  readonly #surface: HTMLElement;
  readonly #content: SVGGraphicsElement;
  readonly #handlers: ShapeHandlers;
  readonly #probe = document.createElement('canvas').getContext('2d')!;
  readonly #cursor: string;
  #targets: Target[] = [];
  #hovered?: string;
  #pressedAt?: { x: number; y: number };

  /** `content` is the overlay group drawn in canvas coordinates; `surface` the element whose pointer events are watched. */
  constructor(surface: HTMLElement, content: SVGGraphicsElement, handlers: ShapeHandlers) {
    this.#surface = surface;
    this.#content = content;
    this.#handlers = handlers;
    this.#cursor = surface.style.cursor;
    surface.addEventListener('pointermove', this.#onMove);
    surface.addEventListener('pointerleave', this.#onLeave);
    surface.addEventListener('pointerdown', this.#onDown);
    surface.addEventListener('click', this.#onClick);
  }

  set annotations(annotations: readonly ViewerAnnotation[]) {
    this.#targets = annotations.map(({ id, shape, bounds }) => ({ id, bounds, path: pathOf(shape), isPoint: shape.kind === 'point', area: bounds.width * bounds.height }));
    this.#hover(undefined);
  }

  /** The annotation drawn at a point of the screen (the smallest of those there), if any. */
  at(clientX: number, clientY: number): string | undefined {
    const matrix = this.#content.getScreenCTM();
    if (!this.enabled || !matrix) return undefined;
    const { x, y } = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    const scale = Math.hypot(matrix.a, matrix.b);
    const slack = (tolerance + pointRadius) / scale;
    let found: Target | undefined;
    for (const target of this.#targets) {
      const { bounds } = target;
      if (x < bounds.x - slack || y < bounds.y - slack || x > bounds.x + bounds.width + slack || y > bounds.y + bounds.height + slack) continue;
      if (found && target.area >= found.area) continue;
      if (this.#hits(target, x, y, scale)) found = target;
    }
    return found?.id;
  }

  remove(): void {
    this.#hover(undefined);
    this.#surface.removeEventListener('pointermove', this.#onMove);
    this.#surface.removeEventListener('pointerleave', this.#onLeave);
    this.#surface.removeEventListener('pointerdown', this.#onDown);
    this.#surface.removeEventListener('click', this.#onClick);
  }

  #hits(target: Target, x: number, y: number, scale: number): boolean {
    if (target.isPoint) return Math.hypot(x - target.bounds.x, y - target.bounds.y) <= (pointRadius + tolerance) / scale;
    if (this.#probe.isPointInPath(target.path, x, y)) return true;
    this.#probe.lineWidth = (2 * tolerance) / scale;
    return this.#probe.isPointInStroke(target.path, x, y);
  }

  #hover(id: string | undefined) {
    if (id === this.#hovered) return;
    this.#hovered = id;
    this.#surface.style.cursor = id ? 'pointer' : this.#cursor;
    this.#handlers.hover?.(id);
  }

  readonly #onMove = (event: PointerEvent) => {
    if (event.buttons === 0) this.#hover(this.at(event.clientX, event.clientY));
  };

  readonly #onLeave = () => this.#hover(undefined);

  readonly #onDown = (event: PointerEvent) => {
    this.#pressedAt = { x: event.clientX, y: event.clientY };
  };

  readonly #onClick = (event: MouseEvent) => {
    const pressed = this.#pressedAt;
    this.#pressedAt = undefined;
    if (pressed && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > dragDistance) return;
    const id = this.at(event.clientX, event.clientY);
    if (id) this.#handlers.activate?.(id);
  };
}
