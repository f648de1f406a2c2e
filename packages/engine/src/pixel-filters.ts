import type { Adjustments } from '@vellum/state';
import { cssFilterFunctions, gammaExponent, needsPixelFilter, sharpenKernel } from './filters.js';

function applyGamma(data: Uint8ClampedArray, exponent: number): void {
  const table = Uint8ClampedArray.from({ length: 256 }, (_, value) => 255 * (value / 255) ** exponent);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = table[data[i]];
    data[i + 1] = table[data[i + 1]];
    data[i + 2] = table[data[i + 2]];
  }
}

/** The 3 × 3 cross-shaped sharpening of feConvolveMatrix, with edgeMode="duplicate" and preserveAlpha="true". */
function sharpen(image: ImageData, kernel: number[]): void {
  const { width, height, data } = image;
  const source = data.slice();
  const [side, centre] = [kernel[1], kernel[4]];
  const row = width * 4;
  for (let y = 0; y < height; y++) {
    const up = y > 0 ? -row : 0;
    const down = y < height - 1 ? row : 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const left = x > 0 ? -4 : 0;
      const right = x < width - 1 ? 4 : 0;
      for (let c = i; c < i + 3; c++) {
        data[c] = centre * source[c] + side * (source[c + up] + source[c + down] + source[c + left] + source[c + right]);
      }
    }
  }
}

/** Applies gamma, then sharpness, to pixels in place: what CSS filter functions cannot do. */
export function adjustPixels(image: ImageData, adjustments: Adjustments): void {
  if (adjustments.gamma !== 1) applyGamma(image.data, gammaExponent(adjustments));
  if (adjustments.sharpness > 0) sharpen(image, sharpenKernel(adjustments));
}

/**
 * Draws `source` into a new canvas with the adjustments applied as the screen shows them:
 * gamma and sharpness on the pixels first, then the CSS filter functions through `ctx.filter`.
 * Throws a SecurityError when the source's pixels cannot be read (a canvas tainted by images without CORS).
 */
export function adjustedCopy(source: CanvasImageSource & { width: number; height: number }, adjustments: Adjustments): HTMLCanvasElement {
  let input: CanvasImageSource = source;
  if (needsPixelFilter(adjustments)) {
    const scratch = document.createElement('canvas');
    scratch.width = source.width;
    scratch.height = source.height;
    const context = scratch.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(source, 0, 0);
    const image = context.getImageData(0, 0, scratch.width, scratch.height);
    adjustPixels(image, adjustments);
    context.putImageData(image, 0, 0);
    input = scratch;
  }
  const output = document.createElement('canvas');
  output.width = source.width;
  output.height = source.height;
  const context = output.getContext('2d')!;
  context.filter = cssFilterFunctions(adjustments) || 'none';
  context.drawImage(input, 0, 0);
  return output;
}

export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as PNG'))), 'image/png'),
  );
}

/** Whether a canvas's pixels can be read (it holds no image from another site that sent no CORS headers). */
export function readable(canvas: HTMLCanvasElement): boolean {
  try {
    canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
    return true;
  } catch {
    return false;
  }
}
