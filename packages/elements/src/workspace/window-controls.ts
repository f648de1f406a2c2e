import { html, nothing } from 'lit';
import type { Localizer, MessageKey } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { iconButton } from '../controls/icon-button.js';
import { linkIcon } from './link-icon.js';

/** Tells the user, in a window's title bar, what became of an action on that window. */
export type Announce = (windowId: string, message: MessageKey) => void;

/** What a window's workspace controls show. */
export interface WindowControlsView {
  /** The 1-based number of the window's sync group; 0 when it is not linked. */
  group: number;
  linkPending: boolean;
  maximised: boolean;
  shareOpen: boolean;
  /** A short message about the last action on this window, read out politely. */
  notice?: string;
}

export interface WindowControlsHandlers {
  dragStart(event: DragEvent): void;
  gripKey(event: KeyboardEvent): void;
  toggleShare(): void;
  copy(what: 'link' | 'json'): void;
  toggleLink(): void;
  toggleMaximised(): void;
  close(): void;
}

/** Arrow keys move between the items of an open menu; Escape closes it. */
function menuKeys(event: KeyboardEvent, close: () => void) {
  const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const index = items.indexOf(event.target as HTMLElement);
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  if (step) items[(index + step + items.length) % items.length]?.focus();
  else if (event.key === 'Escape') close();
  else return;
  event.preventDefault();
  event.stopPropagation();
}

/** The workspace's controls in a window's title bar: a drag handle first, then sharing, linking, maximise and close. */
export function windowControls(msg: Localizer['msg'], view: WindowControlsView, on: WindowControlsHandlers) {
  const { group, linkPending, maximised, shareOpen, notice } = view;
  return html`<span
      slot="header-start"
      class="grip"
      part="grip"
      role="button"
      tabindex="0"
      draggable="true"
      aria-label=${msg('workspace.moveWindow')}
      title=${msg('workspace.dragView')}
      @dragstart=${on.dragStart}
      @keydown=${on.gripKey}
    >${icons.grip}</span>
    <span slot="header-end" class="controls">
      ${group ? html`<span class="badge" part="linked-badge">${msg('workspace.linked', { group })}</span>` : nothing}
      ${linkPending ? html`<span class="hint">${msg('workspace.linkPending')}</span>` : nothing}
      <span class="hint" role="status">${notice ?? ''}</span>
      <span class="menu-anchor">
        <button type="button" part="button" class="share" aria-label=${msg('workspace.share')} title=${msg('workspace.share')}
          aria-haspopup="menu" aria-expanded=${shareOpen ? 'true' : 'false'} @click=${on.toggleShare}>${icons.share}</button>
        ${shareOpen
          ? html`<div class="menu" part="share-menu" role="menu" aria-label=${msg('workspace.share')} @keydown=${(event: KeyboardEvent) => menuKeys(event, on.toggleShare)}>
              <button type="button" role="menuitem" @click=${() => on.copy('link')}>${icons.copy}${msg('workspace.copyLink')}</button>
              <button type="button" role="menuitem" @click=${() => on.copy('json')}>${icons.copy}${msg('workspace.copyJson')}</button>
            </div>`
          : nothing}
      </span>
      ${iconButton(msg(group ? 'workspace.unlink' : 'workspace.link'), linkIcon, on.toggleLink, Boolean(group) || linkPending)}
      ${iconButton(msg(maximised ? 'workspace.restore' : 'workspace.maximise'), maximised ? icons.exitFullscreen : icons.fullscreen, on.toggleMaximised)}
      ${iconButton(msg('workspace.close'), icons.close, on.close)}
    </span>`;
}
