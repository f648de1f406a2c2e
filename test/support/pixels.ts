import sharp from 'sharp';

export type Rgb = readonly [number, number, number];

export interface ColourBox {
  count: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Finds the pixels of a PNG within `tolerance` of a colour, and the box around them. */
export async function findColour(png: Buffer, colour: Rgb, tolerance = 24): Promise<ColourBox> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const box = { count: 0, left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let i = 0; i < data.length; i += info.channels) {
    const near = Math.abs(data[i] - colour[0]) <= tolerance && Math.abs(data[i + 1] - colour[1]) <= tolerance && Math.abs(data[i + 2] - colour[2]) <= tolerance;
    if (!near) continue;
    const pixel = i / info.channels;
    const x = pixel % info.width;
    const y = Math.floor(pixel / info.width);
    box.count++;
    box.left = Math.min(box.left, x);
    box.top = Math.min(box.top, y);
    box.right = Math.max(box.right, x);
    box.bottom = Math.max(box.bottom, y);
  }
  return box;
}
