import OpenSeadragon from 'openseadragon';
import type { Rect, Size } from '@vellum/iiif';
import { DEFAULT_ADJUSTMENTS, type Adjustments } from '@vellum/state';
import { viewWidthToFit } from './coordinates.js';
import { chooseDrawer, claimWebglSlot, type DrawerKind } from './drawer-policy.js';
import { EngineError, exportFailure } from './errors.js';
import { oriented, regionPixels } from './export-region.js';
import { describeExport, type ExportInfo } from './export-source.js';
import { AdjustmentFilter, withoutPixelWork } from './filters.js';
import { adjustedCopy, pngOf, readable } from './pixel-filters.js';
import { TilePixelFilter } from './tile-filter.js';
import { openableSource } from './tile-sources.js';
import { viewerOptions } from './viewer-options.js';
import { addImage, hasDrawnTiles, navigatorOf, unlessAborted } from './world.js';
import { SvgOverlay } from './overlay.js';
import { pluginHostOf, type PluginHost } from './plugin-host.js';
import { spreadCanvas, type SlotCanvas } from './spread.js';

export type { SlotCanvas } from './spread.js';

/** The visible region in canvas coordinates, before rotation and flip are applied around its centre. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  flipped: boolean;
}

export interface SlotOptions {
  drawer?: DrawerKind | 'auto';
  navigator?: boolean;
}

export interface TileErrorDetail {
  url: string;
  message: string;
}

const VIEWPORT_EVENTS = ['zoom', 'pan', 'rotate', 'flip', 'resize'] as const;

/**
 * One deep-zoom surface bound to a container. World units are canvas units.
 * @fires viewport-change - CustomEvent<Viewport>, at most once per task while the user moves the view (pan, zoom, resize, a new canvas), not for setViewport
 * @fires first-tile-drawn - once per shown canvas, when the first tile reaches the screen
 * @fires fully-loaded - whenever every image has the tiles the view needs
 * @fires tile-error - CustomEvent<TileErrorDetail>, for each tile that fails to load
 */
export class Slot extends EventTarget {
  readonly #viewer: OpenSeadragon.Viewer;
  readonly #releaseWebgl?: () => void;
  readonly #filter: AdjustmentFilter;
  readonly #tileFilter: TilePixelFilter;
  #adjustments: Adjustments = DEFAULT_ADJUSTMENTS;
  /** Every image on show can be read, so gamma and sharpness are done per tile rather than by an SVG filter. */
  #tilesReadable = true;
  #canvas?: SlotCanvas;
  /** The pixel size of each image of the canvas on show, as opened. */
  #imageSizes: Size[] = [];
  #items: OpenSeadragon.TiledImage[] = [];
  #generation = 0;
  #firstTileDrawn = false;
  #tileErrors = 0;
  #viewportChangeQueued = false;
  /** Aborted when the slot is destroyed: OpenSeadragon never answers for images it was still opening then. */
  readonly #destruction = new AbortController();
  /** True while setViewport applies a view, whose changes are not the user's and are not reported. */
  #settingView = false;

  constructor(container: HTMLElement, options: SlotOptions = {}) {
    super();
    const drawer = !options.drawer || options.drawer === 'auto' ? chooseDrawer() : options.drawer;
    this.#viewer = new OpenSeadragon.Viewer(viewerOptions(container, drawer, options.navigator ?? false));
    if (this.drawer === 'webgl') this.#releaseWebgl = claimWebglSlot();
    this.#filter = new AdjustmentFilter(container);
    this.#tileFilter = new TilePixelFilter(this.#viewer);
    this.#listen();
  }

  /** What a viewer plugin such as the annotation editor (Annotorious) mounts on; everything else goes through the slot's own methods. */
  get pluginHost(): PluginHost {
    return pluginHostOf(this.#viewer);
  }

  /** The drawer this slot actually uses (WebGL falls back to canvas where it is unsupported). */
  get drawer(): DrawerKind {
    return this.#viewer.drawer?.getType() === 'webgl' ? 'webgl' : 'canvas';
  }

  /** Tiles of the canvas on show that failed to load. */
  get tileErrorCount(): number {
    return this.#tileErrors;
  }

  get fullyLoaded(): boolean {
    return this.#viewer.world.getItemCount() > 0 && this.#viewer.getFullyLoaded();
  }

  /** Opens every painted image of the canvas at its place and shows `view`, or the whole canvas. */
  async show(canvas: SlotCanvas, view?: Partial<Viewport>): Promise<void> {
    const generation = ++this.#generation;
    this.#viewer.world.removeAll();
    this.#canvas = undefined;
    this.#firstTileDrawn = false;
    this.#tileErrors = 0;
    if (!(canvas.width > 0 && canvas.height > 0)) {
      throw new EngineError('invalid-canvas', `Canvas ${canvas.id} has no size (${canvas.width} × ${canvas.height})`);
    }
    const sources = await Promise.all(canvas.images.map((image) => openableSource(image.source)));
    if (generation !== this.#generation) return;
    const items = await unlessAborted(Promise.all(canvas.images.map((image, i) => addImage(this.#viewer, image, sources[i]))), this.#destruction.signal);
    if (!items) return;
    if (generation !== this.#generation) {
      items.forEach((item) => this.#viewer.world.removeItem(item));
      return;
    }
    this.#canvas = canvas;
    this.#tilesReadable = sources.every((source) => source.readable);
    this.setAdjustments(this.#adjustments);
    this.#items = items;
    this.#imageSizes = items.map((item) => ({ width: item.source.dimensions.x, height: item.source.dimensions.y }));
    this.home(true);
    if (view) this.setViewport(view, true);
  }

  /** Shows or hides the navigator (an overview of the whole canvas in a corner); it is made the first time it is shown. */
  setNavigator(visible: boolean): void {
    const navigator = visible ? navigatorOf(this.#viewer, this.#items) : this.#viewer.navigator;
    if (navigator) navigator.element.style.display = visible ? '' : 'none';
  }

  get navigatorVisible(): boolean {
    return Boolean(this.#viewer.navigator) && this.#viewer.navigator.element.style.display !== 'none';
  }

  /** Sets the opacity (0 to 1) of the canvas's image at `index`, as painted in order. */
  setImageOpacity(index: number, opacity: number): void {
    this.#items[index]?.setOpacity(Math.min(1, Math.max(0, opacity)));
  }

  /** Shows pages side by side, left to right, as one spread (see spreadCanvas). */
  showSpread(pages: readonly SlotCanvas[], view?: Partial<Viewport>): Promise<void> {
    return this.show(spreadCanvas(pages), view);
  }

  home(immediately = false): void {
    const canvas = this.#canvas;
    if (canvas) this.#viewer.viewport.fitBounds(new OpenSeadragon.Rect(0, 0, canvas.width, canvas.height), immediately);
  }

  /** Fits a region of the canvas in view, with a margin of a tenth of its size. */
  showRegion(rect: Rect, immediately = false): void {
    const margin = Math.max(rect.width, rect.height, 1) * 0.1;
    const bounds = new OpenSeadragon.Rect(rect.x - margin, rect.y - margin, rect.width + 2 * margin, rect.height + 2 * margin);
    this.#viewer.viewport.fitBounds(bounds, immediately);
  }

  /** A new SVG layer over the image, drawn in canvas coordinates; remove it when done. */
  addOverlay(): SvgOverlay {
    return new SvgOverlay(this.#viewer);
  }

  zoomBy(factor: number): void {
    this.#viewer.viewport.zoomBy(factor);
    this.#viewer.viewport.applyConstraints();
  }

  /** Moves the view by fractions of its own size, in screen directions. */
  panBy(dx: number, dy: number): void {
    const viewport = this.#viewer.viewport;
    const size = viewport.getContainerSize();
    const pixels = new OpenSeadragon.Point((viewport.getFlip() ? -dx : dx) * size.x, dy * size.y);
    viewport.panBy(viewport.deltaPointsFromPixels(pixels));
  }

  /** Where the view is going (the target of any animation), in canvas coordinates. */
  get viewport(): Viewport {
    const viewport = this.#viewer.viewport;
    const { x, y, width, height } = viewport.getBoundsNoRotate();
    return { x, y, width, height, rotation: viewport.getRotation(), flipped: viewport.getFlip() };
  }

  /**
   * Shows the given region as large as it fits, turned and flipped as given; fields left out keep their current value.
   * The view is set by its owner (the store, through a WindowBinding), so it is not reported back as a viewport-change.
   */
  setViewport(change: Partial<Viewport>, immediately = false): void {
    this.#settingView = true;
    try {
      this.#applyView(change, immediately);
    } finally {
      this.#settingView = false;
    }
  }

  #applyView(change: Partial<Viewport>, immediately: boolean): void {
    const viewport = this.#viewer.viewport;
    if (change.rotation !== undefined) viewport.setRotation(change.rotation, immediately);
    if (change.flipped !== undefined) viewport.setFlip(change.flipped);
    if ([change.x, change.y, change.width, change.height].every((value) => value === undefined)) return;
    const region = { ...this.viewport, ...change };
    const width = viewWidthToFit(region, viewport.getAspectRatio());
    viewport.panTo(new OpenSeadragon.Point(region.x + region.width / 2, region.y + region.height / 2), immediately);
    viewport.zoomTo(1 / width, undefined, immediately);
  }

  get adjustments(): Adjustments {
    return this.#adjustments;
  }

  /** Applies colour adjustments to the whole surface as one CSS filter: no cost per tile, effective on the next frame. */
  setAdjustments(adjustments: Adjustments): void {
    this.#adjustments = adjustments;
    this.#filter.apply(this.#drawerCanvas, adjustments, !this.#tilesReadable);
    this.#tileFilter.set(this.#tilesReadable ? adjustments : DEFAULT_ADJUSTMENTS);
  }

  /** Whether what the slot shows can be read back (its images are same-origin or allow CORS). */
  get viewReadable(): boolean {
    return readable(this.#drawerCanvas);
  }

  /** What export can offer for the current view; undefined while no canvas is on show. */
  async exportInfo(): Promise<ExportInfo | undefined> {
    const canvas = this.#canvas;
    if (!canvas) return undefined;
    const { x, y, width, height } = this.#viewer.viewport.getBounds().getBoundingBox();
    return describeExport(canvas, this.#imageSizes, { x, y, width, height });
  }

  /** The view as drawn, adjustments included, as a PNG. Rejects with EngineError 'no-cors' or 'export'. */
  async exportView(): Promise<Blob> {
    try {
      await this.#tileFilter.settled();
      return await pngOf(adjustedCopy(this.#drawerCanvas, withoutPixelWork(this.#adjustments)));
    } catch (error) {
      throw exportFailure(error);
    }
  }

  /** The visible image region at `width` pixels across, adjusted, turned and flipped as shown, as a PNG. */
  async exportRegion(width: number): Promise<Blob> {
    try {
      const image = (await this.exportInfo())?.image;
      if (!image) throw new EngineError('export', 'There is no image under the view to export');
      const { rotation, flipped } = this.viewport;
      return await pngOf(oriented(adjustedCopy(await regionPixels(image, width), this.#adjustments), rotation, flipped));
    } catch (error) {
      throw exportFailure(error);
    }
  }

  /** True once destroyed: an async step that ends later (annotations loaded, an editor opened) must then stop. */
  get destroyed(): boolean {
    return this.#destruction.signal.aborted;
  }

  destroy(): void {
    this.#destruction.abort();
    this.#generation += 1;
    this.#releaseWebgl?.();
    this.#viewer.destroy();
    this.#filter.destroy();
  }

  get #drawerCanvas(): HTMLCanvasElement {
    return this.#viewer.drawer.canvas as HTMLCanvasElement;
  }

  #listen(): void {
    const viewer = this.#viewer;
    for (const name of VIEWPORT_EVENTS) viewer.addHandler(name, () => this.#queueViewportChange());
    viewer.addHandler('update-viewport', () => {
      if (this.#firstTileDrawn || !hasDrawnTiles(this.#viewer)) return;
      this.#firstTileDrawn = true;
      this.dispatchEvent(new CustomEvent('first-tile-drawn'));
      // Images whose tiles are all cached load at once, and the viewer may then report no change of its loaded state.
      if (this.fullyLoaded) this.dispatchEvent(new CustomEvent('fully-loaded'));
    });
    viewer.addHandler('fully-loaded-change', (event) => {
      if (event.fullyLoaded) this.dispatchEvent(new CustomEvent('fully-loaded'));
    });
    viewer.addHandler('tile-load-failed', (event) => {
      this.#tileErrors += 1;
      const detail: TileErrorDetail = { url: String(event.tile.getUrl()), message: String(event.message) };
      this.dispatchEvent(new CustomEvent('tile-error', { detail }));
    });
  }

  /** Reports the view the user moved to, only while a canvas is on show: between canvases its coordinates mean nothing. */
  #queueViewportChange(): void {
    if (this.#viewportChangeQueued || this.#settingView || !this.#canvas) return;
    this.#viewportChangeQueued = true;
    queueMicrotask(() => {
      this.#viewportChangeQueued = false;
      this.dispatchEvent(new CustomEvent('viewport-change', { detail: this.viewport }));
    });
  }
}
