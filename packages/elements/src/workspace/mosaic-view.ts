import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { MosaicNode, MosaicPath } from '@vellum/state';

const KEY_STEP = 0.05;

export interface MosaicHandlers {
  leaf(windowId: string): TemplateResult;
  ratio(path: MosaicPath, ratio: number): void;
  splitLabel: string;
}

function keyRatio(event: KeyboardEvent, ratio: number, direction: 'row' | 'column'): number | undefined {
  const [less, more] = direction === 'row' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (event.key === less) return ratio - KEY_STEP;
  if (event.key === more) return ratio + KEY_STEP;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return 1;
  return undefined;
}

function dragRatio(event: PointerEvent, path: MosaicPath, direction: 'row' | 'column', handlers: MosaicHandlers) {
  const separator = event.currentTarget as HTMLElement;
  const box = separator.parentElement!.getBoundingClientRect();
  separator.setPointerCapture(event.pointerId);
  const move = (moved: PointerEvent) =>
    handlers.ratio(path, direction === 'row' ? (moved.clientX - box.left) / box.width : (moved.clientY - box.top) / box.height);
  const stop = () => {
    separator.removeEventListener('pointermove', move);
    separator.removeEventListener('pointerup', stop);
    separator.removeEventListener('pointercancel', stop);
  };
  separator.addEventListener('pointermove', move);
  separator.addEventListener('pointerup', stop);
  separator.addEventListener('pointercancel', stop);
}

/** The tiles of a mosaic tree, with a separator between the two sides of each split (pointer and keyboard). */
export function renderMosaic(node: MosaicNode, handlers: MosaicHandlers, path: MosaicPath = []): TemplateResult {
  if (typeof node === 'string') return handlers.leaf(node);
  const { direction, ratio } = node;
  const onKey = (event: KeyboardEvent) => {
    const next = keyRatio(event, ratio, direction);
    if (next === undefined) return;
    event.preventDefault();
    handlers.ratio(path, next);
  };
  return html`<div class="split ${direction}">
    <div class="side" style=${styleMap({ flexGrow: String(ratio) })}>${renderMosaic(node.first, handlers, [...path, 'first'])}</div>
    <div
      class="separator"
      role="separator"
      tabindex="0"
      aria-label=${handlers.splitLabel}
      aria-orientation=${direction === 'row' ? 'vertical' : 'horizontal'}
      aria-valuemin="10"
      aria-valuemax="90"
      aria-valuenow=${Math.round(ratio * 100)}
      @keydown=${onKey}
      @pointerdown=${(event: PointerEvent) => dragRatio(event, path, direction, handlers)}
    ></div>
    <div class="side" style=${styleMap({ flexGrow: String(1 - ratio) })}>${renderMosaic(node.second, handlers, [...path, 'second'])}</div>
  </div>`;
}
