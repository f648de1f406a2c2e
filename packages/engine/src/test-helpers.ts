import type { PaintedImage } from '@vellum/iiif';
import type { Slot, SlotCanvas } from './slot.js';

export type Rgb = readonly [number, number, number];

const containers: HTMLElement[] = [];

export function makeContainer(width: number, height: number): HTMLElement {
  const container = document.createElement('div');
  container.style.cssText = `width:${width}px;height:${height}px;position:relative`;
  document.body.append(container);
  containers.push(container);
  return container;
}

export function removeContainers(): void {
  containers.splice(0).forEach((container) => container.remove());
}

export function serviceImage(name: string, target: PaintedImage['target'], version: 2 | 3 = 3): PaintedImage {
  const serviceId = `${location.origin}/fixtures/images/${name}/iiif${version}`;
  return { source: { kind: 'service', serviceId, infoUrl: `${serviceId}/info.json`, version, level: 0 }, target };
}

export function infoUrlImage(infoUrl: string, target: PaintedImage['target']): PaintedImage {
  return { source: { kind: 'service', serviceId: infoUrl.replace(/\/info\.json$/, ''), infoUrl, version: 3, level: 0 }, target };
}

export function pageCanvas(name: string, width: number, height: number): SlotCanvas {
  return { id: `${name}-canvas`, width, height, images: [serviceImage(name, { x: 0, y: 0, width, height })] };
}

export function nextEvent<T = unknown>(target: EventTarget, type: string, timeoutMs = 15000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(type, (event) => {
      clearTimeout(timer);
      resolve(event as CustomEvent<T>);
    }, { once: true });
  });
}

/** Resolves on the next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the slot has every tile its view needs, and that view has been drawn. */
export async function settled(slot: Slot): Promise<void> {
  await frame();
  if (!slot.fullyLoaded) await nextEvent(slot, 'fully-loaded');
  await frame();
  await frame();
}

/** The colour drawn at a point of the container, given as fractions of its width and height. */
export function pixelAt(container: HTMLElement, fx: number, fy: number): Rgb {
  const drawn = container.querySelector('canvas');
  if (!drawn) throw new Error('No drawer canvas in the container');
  const copy = document.createElement('canvas');
  copy.width = drawn.width;
  copy.height = drawn.height;
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(drawn, 0, 0);
  const x = Math.min(drawn.width - 1, Math.floor(fx * drawn.width));
  const y = Math.min(drawn.height - 1, Math.floor(fy * drawn.height));
  const [r, g, b] = context.getImageData(x, y, 1, 1).data;
  return [r, g, b];
}

export function near(actual: Rgb, expected: readonly number[], tolerance = 24): boolean {
  return actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance);
}
