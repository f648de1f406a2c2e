import type { ViewerCanvas } from '@vellum/iiif';
import { fixture } from './viewer-harness.js';
import { loadManifest } from '../window-view/view-harness.js';

/** Test data for thumbnails: the book's canvases as a manifest without thumbnails or sizes has them; page 2's info.json lists no sizes either. */
export async function level0Canvases(): Promise<ViewerCanvas[]> {
  const book = await loadManifest(fixture('manifests/book.json'));
  const info = await (await fetch(fixture('images/page-02/iiif3/info.json'))).json();
  delete info.sizes;
  const noSizes = URL.createObjectURL(new Blob([JSON.stringify(info)], { type: 'application/json' }));
  return book.canvases.map((canvas) => ({
    ...canvas,
    thumbnail: [],
    images: canvas.images.map((image) => (canvas.index === 1 ? { ...image, source: { ...image.source, infoUrl: noSizes } } : image)),
  }));
}

/** The thumbnail URLs that a level 0 page of the book may show: a listed size or a whole-image tile, never the full image. */
export const THUMBNAIL_FILE = /\/page-\d+\/iiif3\/full\/\d+,\d+\/0\/default\.jpg$/;
