import type OpenSeadragon from 'openseadragon';
import { DEFAULT_ADJUSTMENTS, type Adjustments } from '@vellum/state';
import { needsPixelFilter } from './filters.js';
import { adjustPixels } from './pixel-filters.js';

/** The parts of OpenSeadragon 6's tile pipeline its bundled types leave out. */
interface TilePipeline {
  addHandler(name: 'tile-invalidated', handler: (event: TileInvalidatedEvent) => Promise<void>): void;
  requestInvalidate(): Promise<unknown>;
}

interface TileInvalidatedEvent {
  getData(type: 'context2d'): Promise<CanvasRenderingContext2D | undefined>;
  setData(data: CanvasRenderingContext2D, type: 'context2d'): Promise<void>;
  outdated(): boolean;
}

const samePixelWork = (a: Adjustments, b: Adjustments) => a.gamma === b.gamma && a.sharpness === b.sharpness;

/**
 * Gamma and sharpness, which CSS cannot do, applied once per tile through OpenSeadragon's tile pipeline
 * (`tile-invalidated`): the result is cached with the tile, so panning and zooming cost nothing more.
 * Only for images whose pixels can be read (same origin or CORS).
 */
export class TilePixelFilter {
  readonly #viewer: TilePipeline;
  #adjustments: Adjustments = DEFAULT_ADJUSTMENTS;
  #pending: Promise<unknown> = Promise.resolve();

  constructor(viewer: OpenSeadragon.Viewer) {
    this.#viewer = viewer as unknown as TilePipeline;
    this.#viewer.addHandler('tile-invalidated', (event) => this.#process(event));
  }

  /** Re-processes every tile from its original pixels when gamma or sharpness change. */
  set(adjustments: Adjustments): void {
    const changed = !samePixelWork(adjustments, this.#adjustments);
    this.#adjustments = adjustments;
    if (changed) this.#pending = this.#viewer.requestInvalidate().catch(() => undefined);
  }

  /** Resolves once every tile carries the latest gamma and sharpness and has been drawn again. */
  async settled(): Promise<void> {
    let pending;
    do {
      pending = this.#pending;
      await pending;
    } while (pending !== this.#pending);
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  async #process(event: TileInvalidatedEvent): Promise<void> {
    const adjustments = this.#adjustments;
    if (!needsPixelFilter(adjustments) || event.outdated()) return;
    const context = await event.getData('context2d');
    if (!context || event.outdated()) return;
    const { width, height } = context.canvas;
    const image = context.getImageData(0, 0, width, height);
    adjustPixels(image, adjustments);
    context.putImageData(image, 0, 0);
    await event.setData(context, 'context2d');
  }
}
