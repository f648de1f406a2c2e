import { DEFAULT_ADJUSTMENTS, type Adjustments } from '@vellum/state';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** How far full sharpness pushes a pixel away from its four neighbours. */
const MAX_SHARPEN = 1;

let filterIds = 0;

/** The CSS filter functions for what CSS does itself: everything but gamma and sharpness. Empty when nothing changes. */
export function cssFilterFunctions(adjustments: Adjustments): string {
  const { brightness, contrast, saturation, grayscale, invert } = adjustments;
  return [
    brightness !== 100 && `brightness(${brightness}%)`,
    contrast !== 100 && `contrast(${contrast}%)`,
    saturation !== 100 && `saturate(${saturation}%)`,
    grayscale !== 0 && `grayscale(${grayscale}%)`,
    invert !== 0 && `invert(${invert}%)`,
  ]
    .filter(Boolean)
    .join(' ');
}

export const needsPixelFilter = (adjustments: Adjustments) =>
  adjustments.gamma !== DEFAULT_ADJUSTMENTS.gamma || adjustments.sharpness !== DEFAULT_ADJUSTMENTS.sharpness;

/** The exponent applied to each channel (0 to 1): gamma above 1 lightens the mid-tones. */
export const gammaExponent = (adjustments: Adjustments) => 1 / adjustments.gamma;

/** The adjustments left once gamma and sharpness are done on the pixels. */
export const withoutPixelWork = (adjustments: Adjustments): Adjustments => ({ ...adjustments, gamma: 1, sharpness: 0 });

/** A 3 × 3 sharpening kernel, row by row; the identity at sharpness 0. */
export function sharpenKernel(adjustments: Adjustments): number[] {
  const k = (adjustments.sharpness / 100) * MAX_SHARPEN;
  return [0, -k, 0, -k, 1 + 4 * k, -k, 0, -k, 0];
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/**
 * Applies adjustments to the drawer's canvas as one CSS `filter`: no work per tile, one composite per frame.
 * Gamma and sharpness, which CSS lacks, are done per tile when the tiles can be read (see TilePixelFilter);
 * for images that cannot be read (no CORS) they come from an SVG filter (feComponentTransfer,
 * feConvolveMatrix) kept beside the canvas and referenced first in the same `filter`: slower on every
 * frame, but the only way to show them.
 */
export class AdjustmentFilter {
  readonly #svg: SVGSVGElement;
  readonly #id = `vellum-adjust-${++filterIds}`;
  readonly #transfer: SVGElement[];
  readonly #convolve: SVGFEConvolveMatrixElement;

  constructor(container: HTMLElement) {
    this.#svg = svgElement('svg', { width: '0', height: '0', 'aria-hidden': 'true', style: 'position:absolute' });
    const filter = svgElement('filter', { id: this.#id, 'color-interpolation-filters': 'sRGB', x: '0', y: '0', width: '1', height: '1' });
    const transfer = svgElement('feComponentTransfer', {});
    this.#transfer = (['feFuncR', 'feFuncG', 'feFuncB'] as const).map((name) =>
      transfer.appendChild(svgElement(name, { type: 'gamma', amplitude: '1', offset: '0', exponent: '1' })),
    );
    this.#convolve = svgElement('feConvolveMatrix', { order: '3', edgeMode: 'duplicate', preserveAlpha: 'true', divisor: '1' });
    filter.append(transfer, this.#convolve);
    this.#svg.append(filter);
    container.append(this.#svg);
  }

  /** The full CSS `filter` value for the adjustments ('' when they change nothing); `withSvg` adds gamma and sharpness. */
  filterFor(adjustments: Adjustments, withSvg: boolean): string {
    const css = cssFilterFunctions(adjustments);
    if (!withSvg || !needsPixelFilter(adjustments)) return css;
    const exponent = String(gammaExponent(adjustments));
    for (const func of this.#transfer) func.setAttribute('exponent', exponent);
    this.#convolve.setAttribute('kernelMatrix', sharpenKernel(adjustments).join(' '));
    return `url(#${this.#id}) ${css}`.trim();
  }

  apply(target: HTMLElement, adjustments: Adjustments, withSvg: boolean): void {
    target.style.filter = this.filterFor(adjustments, withSvg);
  }

  destroy(): void {
    this.#svg.remove();
  }
}
