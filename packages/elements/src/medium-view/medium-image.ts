import { consume } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeImageService, type PaintedImage, type Size, type ViewerCanvas } from '@vellum/iiif';
import { servedService } from '@vellum/engine/service-base';
import { localizerContext } from '../context/contexts.js';
import { errorKindOf } from '../errors/error-kind.js';
import type { VellumErrorKind } from '../events/events.js';
import type { Highlight } from '../search-panel/search-controller.js';
import { Localizer } from '../i18n/index.js';
import { token } from '../styles/tokens.js';
import { mediumImageOf, mediumLongSide, type MediumImage } from './medium-source.js';
import { boxStyle, cropStyle } from './placement.js';
import { drawStitched } from './stitch.js';

/** A painted image ready to show: its medium image, and its size in the pixels its region is given in. */
type Painted = { image: PaintedImage; medium: MediumImage; size?: Size } | { image: PaintedImage; error: VellumErrorKind };

/** The image's declared size, else its service's. */
function sizeOf(image: PaintedImage, info: unknown): Size | undefined {
  const { source } = image;
  if (source.width && source.height) return { width: source.width, height: source.height };
  return source.kind === 'service' ? describeImageService(info, source) : undefined;
}

async function resolveMedium(image: PaintedImage, wanted: number): Promise<Painted> {
  try {
    const { info, source } = image.source.kind === 'service' ? await servedService(image.source) : { info: undefined, source: image.source };
    const served = { ...image, source };
    return { image: served, medium: mediumImageOf(source, wanted, info), size: image.region && sizeOf(served, info) };
  } catch (error) {
    return { image, error: errorKindOf(error) };
  }
}

/**
 * @summary The static medium-resolution images of one canvas (no tiles, no deep zoom), each placed where
 * its target says, cropped to its painted region and turned as it asks. It fills its own box, which should have the
 * canvas's aspect ratio.
 *
 * @csspart box - The box of each image on the canvas, which clips it to its region.
 * @csspart image - Each image (an img, or a canvas for level 0 tiles drawn side by side).
 * @csspart error - The message shown where an image cannot be loaded.
 * @csspart highlight - A box drawn over the images (a search hit); the current one is also `current-highlight`.
 * @csspart current-highlight - The current search hit.
 *
 * @cssprop --vellum-annotation-highlight - Colour of the current search hit.
 * @cssprop --vellum-color - Text colour of the error.
 * @cssprop --vellum-search-hit - Colour of the other search hits.
 * @cssprop --vellum-thumbnail-background - Background of each image's box while it loads.
 */
export class VellumMediumImage extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      background: ${token('thumbnail-background')};
    }
    [part~='box'],
    [part~='image'],
    [part~='error'] {
      position: absolute;
      box-sizing: border-box;
    }
    [part~='box'] {
      overflow: hidden;
    }
    [part~='highlight'] {
      position: absolute;
      box-sizing: border-box;
      border: 2px solid ${token('search-hit')};
      background: color-mix(in srgb, ${token('search-hit')} 15%, transparent);
      pointer-events: none;
    }
    [part~='current-highlight'] {
      border-color: ${token('annotation-highlight')};
      background: color-mix(in srgb, ${token('annotation-highlight')} 30%, transparent);
    }
    [part~='error'] {
      display: grid;
      place-items: center;
      padding: 0.5em;
      text-align: center;
      font-size: 0.875em;
      color: ${token('color')};
    }
  `;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  @state() private painted: Painted[] = [];
  #wanted = 0;
  #request = 0;

  /** Reflected, so pages and tests can tell when every image is on screen. */
  @property({ reflect: true }) status: 'loading' | 'loaded' = 'loading';
  /** The canvas whose images are painted. */
  @property({ attribute: false }) canvas?: ViewerCanvas;
  /** The length in CSS pixels of the box's long side; the image size follows it and the device pixel ratio. */
  @property({ type: Number, attribute: 'long-side' }) longSide = 0;
  /** The accessible name of the images. */
  @property() label = '';
  /** Boxes drawn over the images (search hits), in canvas units; the current one stands out. */
  @property({ attribute: false }) highlights: readonly Highlight[] = [];

  override willUpdate(changed: PropertyValues<this>) {
    const wanted = mediumLongSide(this.longSide, window.devicePixelRatio || 1);
    if (!changed.has('canvas') && wanted === this.#wanted) return;
    this.#wanted = wanted;
    void this.#resolve(this.canvas, wanted);
  }

  /** Draws the stitched images and waits for every image to load (or fail); one of whose tiles none loaded says so. */
  async #draw() {
    const drawn = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="image"]')].map(async (element) => {
      if (element instanceof HTMLImageElement) return element.decode();
      const index = Number(element.dataset.index);
      const painted = this.painted[index];
      if (!('medium' in painted) || painted.medium.kind !== 'stitched') return;
      if (!(await drawStitched(element as HTMLCanvasElement, painted.medium))) this.#onImageError(index);
    });
    await Promise.allSettled(drawn);
  }

  async #resolve(canvas: ViewerCanvas | undefined, wanted: number) {
    const request = ++this.#request;
    this.status = 'loading';
    const painted = await Promise.all((canvas?.images ?? []).map((image) => resolveMedium(image, wanted)));
    if (request !== this.#request) return;
    this.painted = painted;
    await this.updateComplete;
    await this.#draw();
    if (request === this.#request) this.status = 'loaded';
  }

  #onImageError(index: number) {
    this.painted = this.painted.map((painted, i) => (i === index ? { image: painted.image, error: 'tiles' as const } : painted));
  }

  #painted(painted: Painted, index: number) {
    if ('error' in painted) return html`<p part="error" role="alert" style=${boxStyle({ ...painted.image, rotation: 0 }, this.canvas!)}>${this.localizer.msg(`error.${painted.error}`)}</p>`;
    const { medium } = painted;
    const box = boxStyle(painted.image, this.canvas!);
    const crop = cropStyle(painted.image.region, painted.size);
    const image =
      medium.kind === 'stitched'
        ? html`<canvas part="image" role="img" aria-label=${this.label} data-index=${index} style=${crop}
            width=${medium.size.width} height=${medium.size.height}></canvas>`
        : html`<img part="image" alt=${this.label} src=${medium.url} decoding="async" style=${crop}
            @error=${() => this.#onImageError(index)} />`;
    return html`<div part="box" style=${box}>${image}</div>`;
  }

  #highlight({ rect, current }: Highlight, canvas: ViewerCanvas) {
    const percent = (value: number, of: number) => `${(value / of) * 100}%`;
    const place = `left: ${percent(rect.x, canvas.width)}; top: ${percent(rect.y, canvas.height)}; width: ${percent(rect.width, canvas.width)}; height: ${percent(rect.height, canvas.height)}`;
    return html`<div part="highlight${current ? ' current-highlight' : ''}" style=${place}></div>`;
  }

  override render() {
    const canvas = this.canvas;
    if (!canvas) return nothing;
    return html`${this.painted.map((painted, index) => this.#painted(painted, index))}${this.highlights.map((highlight) => this.#highlight(highlight, canvas))}`;
  }
}
