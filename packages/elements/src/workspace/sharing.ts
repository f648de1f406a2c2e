import type { ReactiveControllerHost } from 'lit';
import { contentStateOf, encodeContentState } from '@vellum/iiif';
import type { Store } from '@vellum/state';
import { WINDOW_DRAG_TYPE } from './drop-zones.js';
import { tileOf } from './tile.js';
import type { Announce } from './window-controls.js';

/** What sharing a window's view needs of its workspace. */
export interface ShareHost extends ReactiveControllerHost {
  readonly store: Store;
  readonly renderRoot: ParentNode;
}

/**
 * A window's view leaving the workspace: as content state, as a link that reopens it, through the share menu (copy
 * either) and as the data its drag handle carries.
 */
export class Sharing {
  /** The window whose share menu is open, if any. */
  openFor?: string;

  constructor(
    private readonly host: ShareHost,
    private readonly announce: Announce,
  ) {}

  contentStateOf(windowId: string): object | undefined {
    const window = this.host.store.state.windows[windowId];
    if (!window?.manifestUrl) return undefined;
    const canvasId = window.canvasId ?? undefined;
    const shown = tileOf(this.host.renderRoot, windowId)?.querySelector('vellum-window')?.manifest;
    const canvasSize = shown?.canvases.find((canvas) => canvas.id === canvasId);
    return contentStateOf({ manifestUrl: window.manifestUrl, canvasId, region: window.viewport ?? undefined, canvasSize });
  }

  shareLink(windowId: string): string | undefined {
    const state = this.contentStateOf(windowId);
    if (!state) return undefined;
    const url = new URL(location.href);
    url.searchParams.set('iiif-content', encodeContentState(state));
    return url.href;
  }

  /** A drag from a window's handle carries its id (to move it within the workspace) and its view as a link and as content state. */
  onDragStart(event: DragEvent, windowId: string) {
    const link = this.shareLink(windowId);
    if (!link || !event.dataTransfer) return;
    event.dataTransfer.setData(WINDOW_DRAG_TYPE, windowId);
    event.dataTransfer.setData('text/uri-list', link);
    event.dataTransfer.setData('text/plain', JSON.stringify(this.contentStateOf(windowId)));
    event.dataTransfer.effectAllowed = 'copy';
  }

  /** Opens or closes a window's share menu, moving the focus into the menu or back to its button. */
  async toggle(windowId: string) {
    this.openFor = this.openFor === windowId ? undefined : windowId;
    this.host.requestUpdate();
    await this.host.updateComplete;
    tileOf(this.host.renderRoot, windowId)
      ?.querySelector<HTMLElement>(this.openFor ? '[role="menuitem"]' : 'button.share')
      ?.focus();
  }

  /** Copies a window's view to the clipboard: as a link that reopens it, or as content-state JSON. */
  async copy(windowId: string, what: 'link' | 'json') {
    const state = this.contentStateOf(windowId);
    const text = what === 'link' ? this.shareLink(windowId) : state && JSON.stringify(state, null, 2);
    await this.toggle(windowId);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.announce(windowId, what === 'link' ? 'workspace.linkCopied' : 'workspace.jsonCopied');
    } catch {
      this.announce(windowId, 'workspace.copyFailed');
    }
  }
}
