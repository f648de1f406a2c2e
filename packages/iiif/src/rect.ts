import type { Rect, Size } from './model.js';

function fourNumbers(text: string): [number, number, number, number] | undefined {
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) return undefined;
  return [parts[0], parts[1], parts[2], parts[3]];
}

function rect([x, y, width, height]: [number, number, number, number]): Rect | undefined {
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

function scaled([x, y, w, h]: [number, number, number, number], size: Size): Rect | undefined {
  return rect([(x * size.width) / 100, (y * size.height) / 100, (w * size.width) / 100, (h * size.height) / 100]);
}

/** A media fragment `xywh=` (pixel or percent) as a rect in the units of `size`. */
export function parseXywh(fragment: string, size: Size): Rect | undefined {
  const match = /(?:^|[#&])xywh=(pixel:|percent:)?([^&]*)/.exec(fragment);
  const numbers = match ? fourNumbers(match[2]) : undefined;
  if (!match || !numbers) return undefined;
  return match[1] === 'percent:' ? scaled(numbers, size) : rect(numbers);
}

/** An Image API region (`full`, `square`, `pct:x,y,w,h` or `x,y,w,h`); undefined means the whole image. */
export function parseImageRegion(region: string, size?: Size): Rect | undefined {
  const value = region.trim();
  if (value === 'full' || value === '') return undefined;
  if (value === 'square') {
    if (!size) return undefined;
    const side = Math.min(size.width, size.height);
    return { x: (size.width - side) / 2, y: (size.height - side) / 2, width: side, height: side };
  }
  if (value.startsWith('pct:')) {
    const numbers = fourNumbers(value.slice(4));
    return numbers && size ? scaled(numbers, size) : undefined;
  }
  const numbers = fourNumbers(value);
  return numbers ? rect(numbers) : undefined;
}

/** The part of a rectangle on a canvas of that size (or right of and below its origin, when the size is unknown); undefined if none. */
export function clipToCanvas({ x, y, width, height }: Rect, size?: Size): Rect | undefined {
  const left = Math.max(0, x);
  const top = Math.max(0, y);
  const right = size ? Math.min(size.width, x + width) : x + width;
  const bottom = size ? Math.min(size.height, y + height) : y + height;
  return rect([left, top, right - left, bottom - top]);
}
