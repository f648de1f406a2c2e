import OpenSeadragon from 'openseadragon';
import type { Rect } from '@vellum/iiif';

const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * An SVG layer over a slot's image. Draw into `content` in canvas coordinates: the layer keeps it
 * on the image as the view pans, zooms, rotates and flips. Shapes may take pointer events; the
 * layer itself lets them through to the image.
 */
export class SvgOverlay {
  readonly element: SVGSVGElement;
  readonly content: SVGGElement;
  readonly #viewer: OpenSeadragon.Viewer;
  readonly #update = () => this.#follow();

  constructor(viewer: OpenSeadragon.Viewer) {
    this.#viewer = viewer;
    this.element = document.createElementNS(svgNamespace, 'svg');
    this.element.setAttribute('part', 'overlay');
    Object.assign(this.element.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', overflow: 'hidden', pointerEvents: 'none' });
    this.content = document.createElementNS(svgNamespace, 'g');
    this.element.append(this.content);
    viewer.canvas.append(this.element);
    viewer.addHandler('update-viewport', this.#update);
    viewer.addHandler('resize', this.#update);
    this.#follow();
  }

  /** Pixels on screen per canvas unit at the current zoom (for strokes and handles of constant size). */
  get scale(): number {
    const viewport = this.#viewer.viewport;
    return viewport.deltaPixelsFromPoints(new OpenSeadragon.Point(1, 0), true).x;
  }

  /** Where a canvas rectangle is on screen, as a box in client pixels. */
  clientRectOf(rect: Rect): DOMRect {
    const box = this.#viewer.element.getBoundingClientRect();
    const corners = [
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y],
      [rect.x, rect.y + rect.height],
      [rect.x + rect.width, rect.y + rect.height],
    ].map(([x, y]) => this.#pixel(x, y));
    const xs = corners.map((point) => box.left + point.x);
    const ys = corners.map((point) => box.top + point.y);
    return new DOMRect(Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  }

  remove(): void {
    this.#viewer.removeHandler('update-viewport', this.#update);
    this.#viewer.removeHandler('resize', this.#update);
    this.element.remove();
  }

  /** Where a canvas point is drawn, in the layer's pixels: OpenSeadragon's pixelFromPoint leaves out the flip, which mirrors the drawing across the container. */
  #pixel(x: number, y: number): OpenSeadragon.Point {
    const viewport = this.#viewer.viewport;
    const pixel = viewport.pixelFromPoint(new OpenSeadragon.Point(x, y), true);
    return viewport.getFlip() ? new OpenSeadragon.Point(viewport.getContainerSize().x - pixel.x, pixel.y) : pixel;
  }

  /** The affine map from canvas (world) coordinates to the layer's pixels, read from three points so rotation and flip follow. */
  #follow(): void {
    if (!this.#viewer.viewport) return;
    const origin = this.#pixel(0, 0);
    const unitX = this.#pixel(1, 0);
    const unitY = this.#pixel(0, 1);
    const matrix = [unitX.x - origin.x, unitX.y - origin.y, unitY.x - origin.x, unitY.y - origin.y, origin.x, origin.y];
    this.content.setAttribute('transform', `matrix(${matrix.join(' ')})`);
  }
}
