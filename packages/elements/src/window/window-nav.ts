import { html } from 'lit';
import type { ViewerManifest } from '@vellum/iiif';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import type { PageGroup } from './pages.js';
import { iconButton } from '../controls/icon-button.js';

export interface NavOptions {
  label: string;
  group: PageGroup;
  total: number;
  canvasLabel: string;
  rightToLeft: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** The "n of N" (or "n–m of N" for a spread) text, in 1-based canvas numbers. */
export function positionText(msg: Localizer['msg'], group: PageGroup, total: number): string {
  const numbers = group.pages.map((index) => index + 1).sort((a, b) => a - b);
  const [first, last] = [numbers[0], numbers[numbers.length - 1]];
  return first === last ? msg('nav.position', { index: first, total }) : msg('nav.spread', { first, last, total });
}

/** The previous/next bar; for right-to-left works "previous" sits on the right and points right. */
export function navBar(msg: Localizer['msg'], { label, group, total, canvasLabel, rightToLeft, onPrevious, onNext }: NavOptions) {
  const previous = iconButton(msg('nav.previous'), rightToLeft ? icons.next : icons.previous, onPrevious, undefined, group.position === 0);
  const next = iconButton(msg('nav.next'), rightToLeft ? icons.previous : icons.next, onNext, undefined, group.position >= group.count - 1);
  return html`<nav part="nav" aria-label=${label}>
    ${rightToLeft ? next : previous}
    <span class="where" aria-live="polite">
      <span part="position">${positionText(msg, group, total)}</span>
      <span part="canvas-label" class="canvas-label">${canvasLabel}</span>
    </span>
    ${rightToLeft ? previous : next}
  </nav>`;
}

/** The thumbnails of every canvas under the image, laid out in the manifest's reading direction. */
export function thumbnailStrip(windowId: string, manifest: ViewerManifest, currentIndex: number) {
  return html`<vellum-thumbnail-strip
    part="thumbnails"
    exportparts="list: thumbnail-list, item: thumbnail, current: current-thumbnail"
    window-id=${windowId}
    .canvases=${manifest.canvases}
    current-index=${currentIndex}
    ?right-to-left=${manifest.viewingDirection === 'right-to-left'}
  ></vellum-thumbnail-strip>`;
}
