import type { Adjustments } from '@vellum/state';
import { cssFilterFunctions, gammaExponent, needsPixelFilter, sharpenKernel } from './filters.js';

function applyGamma(data: Uint8ClampedArray, exponent: number): void {
  const table = Array.from({ length: 256 }, (_, value) => 255 * (value / 255) ** exponent);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = table[data[i]];
    data[i + 1] = table[data[i + 1]];
    data[i + 2] = table[data[i + 2]];
  }
}

/** The 3 × 3 convolution of feConvolveMatrix with edgeMode="duplicate" and preserveAlpha="true". */
function convolve(image: ImageData, kernel: number[]): void {
  const { width, height, data } = image;
  const source = data.slice();
  const at = (x: number, y: number, channel: number) =>
    source[(Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))) * 4 + channel];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let channel = 0; channel < 3; channel++) {
        let sum = 0;
        for (let k = 0; k < 9; k++) sum += kernel[k] * at(x + (k % 3) - 1, y + Math.floor(k / 3) - 1, channel);
        data[(y * width + x) * 4 + channel] = sum;
      }
    }
  }
}

/**
 * Draws `source` into a new canvas with the adjustments applied exactly as the screen shows them:
 * the gamma and sharpness of the SVG filter first, then the CSS filter functions through `ctx.filter`.
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
    applyGamma(image.data, gammaExponent(adjustments));
    if (adjustments.sharpness > 0) convolve(image, sharpenKernel(adjustments));
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
