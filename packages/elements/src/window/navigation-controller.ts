import { defaultViewMode, resolveTarget, type ResourceTarget, type ViewerManifest } from '@vellum/iiif';
import { actions, type WindowState } from '@vellum/state';
import { VellumCanvasChangeEvent, VellumContentStateEvent } from '../events/events.js';
import type { WindowStateController } from '../window-state/window-state-controller.js';
import { resolveCanvasIndex } from './canvas-target.js';
import { steppedIndex } from './pages.js';
import { effectiveMode } from './window-stage.js';

/** A window whose canvases can be navigated. */
export interface NavigationHost extends HTMLElement {
  readonly windowId: string;
  readonly manifest: ViewerManifest | undefined;
}

/**
 * Which canvas a window shows and how it moves: to a canvas by id or index, a page or a spread at a time, and to
 * the start canvas when a manifest loads. A canvas (or a content state's target) asked for before the manifest loads
 * is shown once it has.
 */
export class NavigationController {
  readonly #host: NavigationHost;
  readonly #windowState: WindowStateController;
  #pendingTarget?: string | number;
  #pendingContent?: ResourceTarget;
  /** Whether the canvas change under way fires vellum-canvas-change. */
  #notify = true;

  constructor(host: NavigationHost, windowState: WindowStateController) {
    this.#host = host;
    this.#windowState = windowState;
  }

  /** The index of the canvas on show (0 before a manifest loads). */
  get canvasIndex(): number {
    const canvasId = this.#windowState.window?.canvasId;
    return Math.max(0, this.#host.manifest?.canvases.findIndex((canvas) => canvas.id === canvasId) ?? 0);
  }

  /** Shows a canvas by id or by 0-based index; false for an unknown canvas. */
  goTo(target: string | number, notify: boolean): boolean {
    const manifest = this.#host.manifest;
    if (!manifest) {
      this.#pendingTarget = target;
      return true;
    }
    const index = resolveCanvasIndex(manifest, target);
    if (index === undefined) return false;
    this.#setCanvas(index, notify);
    return true;
  }

  /** Shows the canvas, or the book spread, `delta` groups away in reading order. */
  step(delta: number): boolean {
    const manifest = this.#host.manifest;
    const window = this.#windowState.window;
    if (!manifest || !window) return false;
    return this.goTo(steppedIndex(manifest, { ...window, viewMode: effectiveMode(window.viewMode) }, this.canvasIndex, delta), true);
  }

  /**
   * Shows the first target of a content state the window's URL answered with, once its manifest loads (its canvas,
   * or its range's first canvas, and its region), unless the window's container opens the targets itself and cancels.
   */
  follow(targets: ResourceTarget[]) {
    if (!this.#host.dispatchEvent(new VellumContentStateEvent(targets))) return;
    this.#pendingContent = targets[0];
    this.#windowState.dispatch(actions.setManifest(this.#host.windowId, targets[0].manifestUrl));
  }

  /** The place a pending content state names in this manifest; the start when it names none the manifest has. */
  #contentPlace(manifest: ViewerManifest): Pick<ResourceTarget, 'canvasId' | 'region'> {
    const target = this.#pendingContent;
    this.#pendingContent = undefined;
    try {
      return target ? resolveTarget(target, manifest) : {};
    } catch {
      return {};
    }
  }

  /** Opens a manifest that has just loaded on the canvas asked for, the window's own, or the manifest's start, in the mode it suits. */
  openStart(manifest: ViewerManifest) {
    const { windowId } = this.#host;
    const place = this.#contentPlace(manifest);
    const window = this.#windowState.window;
    const target = place.canvasId ?? this.#pendingTarget ?? window?.canvasId ?? manifest.startCanvasId ?? 0;
    this.#pendingTarget = undefined;
    const index = resolveCanvasIndex(manifest, target) ?? resolveCanvasIndex(manifest, manifest.startCanvasId ?? 0) ?? 0;
    // A window asked to show a region (a shared view) stays in detail; otherwise the manifest's behavior picks the mode.
    const askedRegion = Boolean(window?.viewport ?? place.region);
    if (!askedRegion && (!window?.canvasId || window.viewMode === 'detail')) this.#windowState.dispatch(actions.setViewMode(windowId, effectiveMode(defaultViewMode(manifest))));
    this.#setCanvas(index, false);
    const startRegion = !window?.canvasId && manifest.canvases[index]?.id === manifest.startCanvasId ? manifest.startRegion : undefined;
    const region = place.region ?? startRegion;
    if (region) this.#windowState.dispatch(actions.setViewport(windowId, region));
  }

  /** Fires vellum-canvas-change when the window's canvas changed, unless the change was made not to notify. */
  notifyCanvasChange(window: WindowState | undefined, previous: WindowState | undefined) {
    if (!window?.canvasId || window.canvasId === previous?.canvasId || !this.#notify) return;
    this.#host.dispatchEvent(new VellumCanvasChangeEvent(window.canvasId, this.canvasIndex));
  }

  #setCanvas(index: number, notify: boolean) {
    const canvas = this.#host.manifest?.canvases[index];
    if (!canvas || !this.#windowState.store) return;
    this.#notify = notify;
    try {
      this.#windowState.dispatch(actions.setCanvas(this.#host.windowId, canvas.id));
    } finally {
      this.#notify = true;
    }
  }
}
