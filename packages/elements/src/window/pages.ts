import { spreadIndexOf, spreadsOf, type ViewerCanvas, type ViewerManifest } from '@vellum/iiif';
import type { WindowState } from '@vellum/state';
import { withLayers, type LayerSettings } from '../layers-panel/layers.js';

/** What the window shows at once: one canvas in most modes, a spread in book mode. Indexes in reading order. */
export interface PageGroup {
  pages: number[];
  /** Which group this is, and how many there are. */
  position: number;
  count: number;
}

function groupsOf(manifest: ViewerManifest, window: Pick<WindowState, 'viewMode' | 'bookOffset'>): number[][] {
  if (window.viewMode === 'book') {
    const spreads = spreadsOf(manifest.canvases, window.bookOffset);
    if (spreads.length) return spreads;
  }
  return manifest.canvases.map((canvas) => [canvas.index]);
}

/** The group that holds the canvas at `index`. */
export function groupOf(manifest: ViewerManifest, window: Pick<WindowState, 'viewMode' | 'bookOffset'>, index: number): PageGroup {
  const groups = groupsOf(manifest, window);
  const position = window.viewMode === 'book' ? spreadIndexOf(groups, index) : index;
  return { pages: groups[position] ?? [index], position, count: groups.length };
}

/** The first canvas of the group `delta` groups away (clamped to the first and last), in reading order. */
export function steppedIndex(manifest: ViewerManifest, window: Pick<WindowState, 'viewMode' | 'bookOffset'>, index: number, delta: number): number {
  const groups = groupsOf(manifest, window);
  const { position } = groupOf(manifest, window, index);
  return groups[Math.min(groups.length - 1, Math.max(0, position + delta))]?.[0] ?? index;
}

/** The canvases of a group as laid out on screen, left to right: reading order reversed for right-to-left books. */
export function pagesOnScreen(manifest: ViewerManifest, group: PageGroup): ViewerCanvas[] {
  const pages = group.pages.map((index) => manifest.canvases[index]);
  return manifest.viewingDirection === 'right-to-left' ? pages.reverse() : pages;
}

/** The canvases a deep-zoom surface shows, kept the same objects while they stay the same, so that it does not reload. */
export class ShownPages {
  #key = '';
  #manifest?: ViewerManifest;
  #selected?: LayerSettings['selected'];
  #pages: ViewerCanvas[] = [];

  /** The pages of the group at `index`: a book spread as it is, or one canvas with its chosen layers. */
  of(manifest: ViewerManifest, window: Pick<WindowState, 'viewMode' | 'bookOffset'>, index: number, layers: LayerSettings): ViewerCanvas[] {
    const onScreen = pagesOnScreen(manifest, groupOf(manifest, window, index));
    const key = `${window.viewMode} ${onScreen.map((page) => page.id).join(' ')}`;
    if (key !== this.#key || manifest !== this.#manifest || layers.selected !== this.#selected) {
      this.#pages = window.viewMode === 'book' ? onScreen : [withLayers(onScreen[0], layers)];
      this.#key = key;
      this.#manifest = manifest;
      this.#selected = layers.selected;
    }
    return this.#pages;
  }
}
