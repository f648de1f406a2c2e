import { spreadIndexOf, spreadsOf, type ViewerCanvas, type ViewerManifest } from '@vellum/iiif';
import type { WindowState } from '@vellum/state';

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
