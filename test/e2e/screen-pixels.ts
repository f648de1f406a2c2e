import type { Locator } from '@playwright/test';
import sharp from 'sharp';
import type { ColourBox, Rgb } from '../support/pixels.ts';

export interface Pixels {
  width: number;
  height: number;
  at(x: number, y: number): Rgb;
  opaque(x: number, y: number): boolean;
}

/** Decodes a PNG (a screenshot or an exported file) for reading single pixels. */
export async function pixelsOf(png: Buffer | string): Promise<Pixels> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const offset = (x: number, y: number) => (Math.round(y) * info.width + Math.round(x)) * info.channels;
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => [data[offset(x, y)], data[offset(x, y) + 1], data[offset(x, y) + 2]],
    opaque: (x, y) => data[offset(x, y) + 3] === 255,
  };
}

export const centreOf = (box: ColourBox) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

export const inverse = (rgb: readonly number[]): Rgb => [255 - rgb[0], 255 - rgb[1], 255 - rgb[2]];

export const near = (actual: readonly number[], expected: readonly number[], tolerance = 24) =>
  actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance);

/** Opens a window's adjustments panel from its header. */
export async function openAdjustments(viewer: Locator, name = 'Image adjustments'): Promise<void> {
  await viewer.getByRole('button', { name }).click();
  await viewer.getByRole('slider').first().waitFor();
}
