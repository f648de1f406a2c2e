import type { Rect } from '@vellum/iiif';
import type { ViewerAnnotation } from './model.js';
import { pathOf, pointRadius } from './shape-path.js';

/** The picture of the shapes covers the view and this fraction of it on every side, so a pan shows drawn shapes. */
const margin = 0.25;
/** The picture is drawn again once the view has been still this long (sharp again after a zoom). */
const settleMs = 150;
/** How far a zoom may scale the picture before it is drawn again at once. */
const maxScaling = 2;

interface Picture {
  /** From canvas coordinates to the picture's pixels. */
  matrix: DOMMatrix;
  /** The part of the canvas the picture covers, in canvas coordinates. */
  covers: Rect;
}

/** The box around a rectangle of pixels, in the coordinates a matrix maps to those pixels. */
function boxBefore(matrix: DOMMatrix, width: number, height: number): Rect {
  const inverse = matrix.inverse();
  const corners = [new DOMPoint(0, 0), new DOMPoint(width, 0), new DOMPoint(0, height), new DOMPoint(width, height)].map((corner) => corner.matrixTransform(inverse));
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function rectPath({ x, y, width, height }: Rect): Path2D {
  const path = new Path2D();
  path.rect(x, y, width, height);
  return path;
}

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

const meets = (a: Rect, b: Rect) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * Draws many annotations on one canvas-2D layer under an SVG overlay, following the overlay's transform. The shapes
 * near the view are drawn once into a picture; while the view pans and zooms, each frame only moves and scales that
 * picture, which is drawn again, sharp and for the new view, once the view is still or has left what it covers.
 * `data-annotation-count` says how many annotations it draws. An annotation without a colour takes the inherited
 * `--vellum-annotation-color` (the element it is mounted in gives that token its default).
 */
export class AnnotationCanvas {
  readonly element = document.createElement('canvas');
  readonly #context: CanvasRenderingContext2D;
  readonly #picture = document.createElement('canvas');
  readonly #content: SVGGraphicsElement;
  readonly #observer = new MutationObserver(() => this.#draw());
  /** Each shape's box, and its path unless it is a rectangle (its box) or a point. */
  #annotations: { bounds: Rect; colour?: string; path?: Path2D; point?: { x: number; y: number } }[] = [];
  #drawn?: Picture;
  #settle?: ReturnType<typeof setTimeout>;
  #colour = '';
  #visible = true;

  /** Lays the canvas under `overlay`; `content` is the overlay's group drawn in canvas coordinates. */
  constructor(overlay: SVGSVGElement, content: SVGGraphicsElement) {
    this.#content = content;
    this.#context = this.element.getContext('2d')!;
    Object.assign(this.element.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none' });
    overlay.before(this.element);
    this.#observer.observe(content, { attributes: true, attributeFilter: ['transform'] });
  }

  show(annotations: readonly ViewerAnnotation[]): void {
    this.#annotations = annotations.map(({ shape, bounds, colour }) => ({
      bounds,
      colour,
      ...(shape.kind === 'point' ? { point: shape } : shape.kind !== 'rect' && { path: pathOf(shape) }),
    }));
    this.element.dataset.annotationCount = String(annotations.length);
    this.#colour = getComputedStyle(this.element).getPropertyValue('--vellum-annotation-color').trim();
    this.#drawn = undefined;
    this.#draw();
  }

  set visible(visible: boolean) {
    this.#visible = visible;
    this.element.style.display = visible ? '' : 'none';
    this.#drawn = undefined;
    this.#draw();
  }

  remove(): void {
    clearTimeout(this.#settle);
    this.#observer.disconnect();
    this.element.remove();
  }

  /** From canvas coordinates to the layer's device pixels, and the layer's size in device pixels. */
  #view() {
    const ratio = devicePixelRatio;
    const width = Math.round(this.element.clientWidth * ratio);
    const height = Math.round(this.element.clientHeight * ratio);
    const ctm = this.#content.getCTM();
    return { matrix: ctm && new DOMMatrix().scale(ratio).multiply(DOMMatrix.fromMatrix(ctm)), width, height };
  }

  #draw(): void {
    const { element } = this;
    const context = this.#context;
    const { matrix, width, height } = this.#view();
    if (element.width !== width || element.height !== height) Object.assign(element, { width, height });
    context.resetTransform();
    context.clearRect(0, 0, width, height);
    if (!matrix || !this.#visible || this.#annotations.length === 0 || width === 0) return;
    if (!this.#drawn || !this.#fits(this.#drawn, matrix, width, height)) this.#drawn = this.#paint(matrix, width, height);
    else this.#settleLater();
    const fromPicture = matrix.multiply(this.#drawn.matrix.inverse());
    context.setTransform(fromPicture);
    context.drawImage(this.#picture, 0, 0);
  }

  /** Whether a picture still serves a view: not scaled too far, and covering all of it. */
  #fits(picture: Picture, matrix: DOMMatrix, width: number, height: number): boolean {
    const change = matrix.multiply(picture.matrix.inverse());
    const scaling = Math.hypot(change.a, change.b);
    return scaling < maxScaling && scaling > 1 / maxScaling && contains(picture.covers, boxBefore(matrix, width, height));
  }

  #settleLater(): void {
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => {
      this.#drawn = undefined;
      this.#draw();
    }, settleMs);
  }

  /** Draws the shapes near a view into the picture: the view's pixels and a margin around them. */
  #paint(matrix: DOMMatrix, width: number, height: number): Picture {
    clearTimeout(this.#settle);
    const picture = this.#picture;
    const [marginX, marginY] = [Math.round(width * margin), Math.round(height * margin)];
    Object.assign(picture, { width: width + 2 * marginX, height: height + 2 * marginY });
    const toPicture = new DOMMatrix().translate(marginX, marginY).multiply(matrix);
    const covers = boxBefore(toPicture, picture.width, picture.height);
    // The shapes and dots of each colour, drawn one colour at a time.
    const byColour = new Map<string, { shapes: Path2D; dots: Path2D }>();
    const radius = pointRadius * devicePixelRatio;
    const upright = toPicture.b === 0 && toPicture.c === 0;
    for (const { bounds, colour = this.#colour, path, point } of this.#annotations) {
      if (!meets(bounds, covers)) continue;
      let paths = byColour.get(colour);
      if (!paths) byColour.set(colour, (paths = { shapes: new Path2D(), dots: new Path2D() }));
      const { shapes, dots } = paths;
      if (point) {
        const centre = new DOMPoint(point.x, point.y).matrixTransform(toPicture);
        dots.moveTo(centre.x + radius, centre.y);
        dots.arc(centre.x, centre.y, radius, 0, 2 * Math.PI);
      } else if (upright && path === undefined) {
        // Rectangles, most of a large set, go straight to pixels, which spares transforming a path per shape.
        shapes.rect(toPicture.a * bounds.x + toPicture.e, toPicture.d * bounds.y + toPicture.f, toPicture.a * bounds.width, toPicture.d * bounds.height);
      } else shapes.addPath(path ?? rectPath(bounds), toPicture);
    }
    const context = picture.getContext('2d')!;
    context.lineWidth = 2 * devicePixelRatio;
    for (const [colour, { shapes, dots }] of byColour) {
      context.fillStyle = context.strokeStyle = colour;
      context.globalAlpha = 0.08;
      context.fill(shapes);
      context.globalAlpha = 1;
      context.stroke(shapes);
      context.fill(dots);
    }
    return { matrix: toPicture, covers };
  }
}
