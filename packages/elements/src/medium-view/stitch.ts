import type { MediumImage } from './medium-source.js';

function loaded(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  return image.decode().then(() => image);
}

/**
 * Draws the tiles of one pyramid level into `canvas`, each as soon as it arrives; resolves once all
 * are drawn or failed (failed tiles leave their area blank), with whether any was drawn. Cross-origin
 * tiles are drawn without CORS: the canvas is shown, never read.
 */
export async function drawStitched(canvas: HTMLCanvasElement, medium: Extract<MediumImage, { kind: 'stitched' }>): Promise<boolean> {
  const context = canvas.getContext('2d');
  if (!context) return false;
  const scale = 1 / medium.scaleFactor;
  const draws = medium.tiles.map(async (tile) => {
    const image = await loaded(tile.url);
    const { x, y, width, height } = tile.region;
    context.drawImage(image, x * scale, y * scale, width * scale, height * scale);
  });
  return (await Promise.allSettled(draws)).some((draw) => draw.status === 'fulfilled');
}
