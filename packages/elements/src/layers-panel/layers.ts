import type { ViewerCanvas } from '@vellum/iiif';
import { VellumEvent } from '../events/vellum-event.js';

/** Per painted image (by index): the option chosen when it is a Choice, and its opacity from 0 to 1. */
export interface LayerSettings {
  selected: Readonly<Record<number, number>>;
  opacity: Readonly<Record<number, number>>;
}

export const NO_LAYER_SETTINGS: LayerSettings = { selected: {}, opacity: {} };

/** A canvas has layers to switch when it paints several images or offers a choice. */
export function hasLayers(canvas: ViewerCanvas | undefined): boolean {
  return Boolean(canvas && (canvas.images.length > 1 || canvas.images.some((image) => image.choice)));
}

/** The canvas with each Choice showing its selected option; the canvas itself when nothing differs from the defaults. */
export function withLayers(canvas: ViewerCanvas, { selected }: LayerSettings): ViewerCanvas {
  const changed = canvas.images.some((image, index) => image.choice && selected[index] !== undefined && selected[index] !== image.choice.selected);
  if (!changed) return canvas;
  const images = canvas.images.map((image, index) => {
    const option = image.choice && selected[index] !== undefined ? image.choice.options[selected[index]] : undefined;
    return option ? { ...option.image, choice: { ...image.choice!, selected: selected[index] } } : image;
  });
  return { ...canvas, images };
}

/** The user chose another option of a layer or moved its opacity. */
export class VellumLayersChangeEvent extends VellumEvent<{ settings: LayerSettings }> {
  static readonly type = 'vellum-layers-change';
  constructor(settings: LayerSettings) {
    super(VellumLayersChangeEvent.type, { settings });
  }

  /** The new settings, as in `detail`; kept for listeners written before the event had a `detail`. */
  get settings(): LayerSettings {
    return this.detail.settings;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-layers-change': VellumLayersChangeEvent;
  }
}
