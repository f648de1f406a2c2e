import OpenSeadragon from 'openseadragon';
import type { ImageSource, PaintedImage } from '@vellum/iiif';
import { placeImage } from './coordinates.js';
import { EngineError } from './errors.js';
import type { OpenableSource } from './tile-sources.js';

function sourceUrl(source: ImageSource): string {
  return source.kind === 'plain' ? source.url : source.infoUrl;
}

/** Opens a painted image in the viewer's world and places it where the canvas paints it. */
export function addImage(viewer: OpenSeadragon.Viewer, image: PaintedImage, { tileSource, crossOriginPolicy }: OpenableSource): Promise<OpenSeadragon.TiledImage> {
  return new Promise((resolve, reject) => {
    viewer.addTiledImage({
      tileSource,
      crossOriginPolicy,
      success: (event) => {
        const item = (event as unknown as { item: OpenSeadragon.TiledImage }).item;
        place(item, image);
        resolve(item);
      },
      error: (event) => {
        const { message } = event as unknown as { message: string };
        reject(new EngineError('tiles', `Could not open the image: ${message}`, sourceUrl(image.source)));
      },
    });
  });
}

/** `promise`'s value, or undefined once `signal` aborts: a destroyed viewer never answers for the images it was opening. */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const abort = () => resolve(undefined);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function place(item: OpenSeadragon.TiledImage, image: PaintedImage): void {
  const placement = placeImage(image, item.source.dimensions.x);
  item.setPosition(new OpenSeadragon.Point(placement.x, placement.y), true);
  item.setWidth(placement.width, true);
  const { clip } = placement;
  if (clip) item.setClip(new OpenSeadragon.Rect(clip.x, clip.y, clip.width, clip.height));
  if (placement.rotation) item.setRotation(placement.rotation, true);
}

/** The viewer's navigator (an overview in a corner) showing `items`, made the first time it is asked for. */
export function navigatorOf(viewer: OpenSeadragon.Viewer, items: readonly OpenSeadragon.TiledImage[]): OpenSeadragon.Navigator {
  if (viewer.navigator) return viewer.navigator;
  // The navigator takes options the bundled types do not list (viewer, position, drawer).
  const options = { viewer, position: 'BOTTOM_RIGHT', sizeRatio: 0.2, drawer: 'canvas', crossOriginPolicy: false } as unknown as OpenSeadragon.Options;
  const navigator = (viewer.navigator = new OpenSeadragon.Navigator(options));
  for (const item of items) {
    navigator.addTiledImage({ tileSource: item.source, originalTiledImage: item } as OpenSeadragon.TileSourceSpecifier);
  }
  return navigator;
}

export function hasDrawnTiles(viewer: OpenSeadragon.Viewer): boolean {
  const world = viewer.world;
  for (let i = 0; i < world.getItemCount(); i++) {
    if (world.getItemAt(i).getTilesToDraw().length > 0) return true;
  }
  return false;
}
