import { html, type ReactiveControllerHost } from 'lit';
import { actions, syncGroupOf, type Store, type SyncMode } from '@vellum/state';
import type { Localizer } from '../i18n/index.js';

/** What linking windows needs of their workspace. */
export interface LinkHost extends ReactiveControllerHost {
  readonly store: Store;
  readonly localizer: Localizer;
  /** How newly linked windows follow. */
  syncMode: SyncMode;
  /** Links windows into one sync group in the workspace's sync mode. */
  link(windowIds: string[]): void;
}

/**
 * Linking windows from their title bars (the first window's button waits for a second one to link with), and the
 * toolbar's choice of how newly linked windows follow.
 */
export class Linking {
  /** The window waiting for another to link with, if any. */
  pending?: string;

  constructor(private readonly host: LinkHost) {}

  /** The 1-based number of a window's sync group; 0 when it is not linked. */
  groupNumberOf(windowId: string): number {
    const { syncGroups } = this.host.store.state;
    const group = syncGroupOf(syncGroups, windowId);
    return group ? syncGroups.indexOf(group) + 1 : 0;
  }

  /** Unlinks a linked window; otherwise links it with the waiting window, or makes it the waiting one. */
  toggle(windowId: string) {
    const { store } = this.host;
    if (syncGroupOf(store.state.syncGroups, windowId)) {
      store.dispatch(actions.unlinkWindow(windowId));
    } else if (this.pending && this.pending !== windowId && store.state.windows[this.pending]) {
      const group = syncGroupOf(store.state.syncGroups, this.pending);
      this.host.link([...(group?.windowIds ?? [this.pending]), windowId]);
      this.#wait(undefined);
    } else {
      this.#wait(this.pending === windowId ? undefined : windowId);
    }
  }

  #wait(windowId: string | undefined) {
    this.pending = windowId;
    this.host.requestUpdate();
  }

  renderSyncMode() {
    const { localizer: { msg }, syncMode } = this.host;
    return html`<label>${msg('workspace.syncMode')}
      <select @change=${(event: Event) => (this.host.syncMode = (event.target as HTMLSelectElement).value as SyncMode)}>
        <option value="same-coordinates" ?selected=${syncMode === 'same-coordinates'}>${msg('workspace.sameCoordinates')}</option>
        <option value="relative-offset" ?selected=${syncMode === 'relative-offset'}>${msg('workspace.relativeOffset')}</option>
      </select>
    </label>`;
  }
}
