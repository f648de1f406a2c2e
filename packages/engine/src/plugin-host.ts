import type OpenSeadragon from 'openseadragon';

declare const viewerBrand: unique symbol;

/** The deep-zoom viewer under a slot, opaque: it is handed on only to a viewer-plugin library (Annotorious), never opened. */
export type ViewerHandle = { readonly [viewerBrand]: true };

/** A uniform scale and a shift: `canvas = offset + scale × image`, where an image's pixels sit on its canvas. */
export interface ImagePlacement {
  x: number;
  y: number;
  scale: number;
}

/** What a viewer plugin (the annotation editor) is given to mount on a slot. */
export interface PluginHost {
  /** For the plugin library to attach to. */
  readonly viewer: ViewerHandle;
  /** The viewer's element: it takes the keyboard, and the plugin's styles go into the root it lies in. */
  readonly element: HTMLElement;
  /** Where the image's pixels sit in canvas units, as the plugin library maps the pointer; undefined with no image open. */
  imagePlacement(): ImagePlacement | undefined;
}

export function pluginHostOf(viewer: OpenSeadragon.Viewer): PluginHost {
  return {
    viewer: viewer as unknown as ViewerHandle,
    element: viewer.element,
    imagePlacement() {
      if (viewer.world.getItemCount() === 0) return undefined;
      const origin = viewer.viewport.imageToViewportCoordinates(0, 0);
      const unit = viewer.viewport.imageToViewportCoordinates(1, 0);
      return { x: origin.x, y: origin.y, scale: unit.x - origin.x };
    },
  };
}
