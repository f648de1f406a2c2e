import { html, nothing, type SVGTemplateResult } from 'lit';
import type { VellumErrorKind } from '../events/events.js';
import type { ViewExporter } from '../export-menu/export-menu.js';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { shortcutHelp } from './keyboard.js';

/** Every part a window exposes, its own and those it forwards from its inner elements. */
export const WINDOW_PARTS = [
  'header',
  'title',
  'toolbar',
  'button',
  'more-button',
  'more',
  'nav',
  'position',
  'canvas-label',
  'help',
  'status',
  'error',
  'deep-zoom',
  'surface',
  'canvas-error',
  'notice',
  'thumbnails',
  'thumbnail-list',
  'thumbnail',
  'current-thumbnail',
  'info',
  'info-heading',
  'info-close',
  'info-label',
  'metadata',
  'rights',
  'adjustments',
  'export',
  'export-notice',
  'export-status',
  'annotations',
  'annotation-editor',
  'view-menu',
  'view-menu-list',
  'view-menu-item',
  'view',
  'contents',
  'layers',
].join(', ');

/** An accessible icon button: the label is its name and its tooltip; `pressed` makes it a toggle. */
export function iconButton(label: string, icon: SVGTemplateResult, onClick: () => void, pressed?: boolean, disabled = false) {
  return html`<button
    part="button"
    type="button"
    aria-label=${label}
    title=${label}
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${icon}
  </button>`;
}

/** A popup over the image: a labelled dialog with a close button that Escape also closes. */
function popup(part: string, title: string, closeLabel: string, onClose: () => void, content: unknown) {
  return html`<section part=${part} class="popup" role="dialog" aria-label=${title}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && onClose()}>
    <header>
      <h3>${title}</h3>
      ${iconButton(closeLabel, icons.close, onClose)}
    </header>
    ${content}
  </section>`;
}

export function helpPopup(msg: Localizer['msg'], onClose: () => void) {
  return popup(
    'help',
    msg('help.title'),
    msg('help.close'),
    onClose,
    html`<dl>
        ${shortcutHelp.map(
          ({ keys, description }) =>
            html`<dt>${keys.map((key, i) => html`${i > 0 ? ' ' : ''}<kbd>${key}</kbd>`)}</dt><dd>${msg(description)}</dd>`,
        )}
      </dl>
      <p>${msg('help.strip')}</p>`,
  );
}

export function exportPopup(msg: Localizer['msg'], exporter: ViewExporter | undefined, filename: string, viewport: unknown, onClose: () => void) {
  return popup(
    'export',
    msg('export.title'),
    msg('export.close'),
    onClose,
    html`<vellum-export-menu exportparts="notice: export-notice, status: export-status" .exporter=${exporter} .viewport=${viewport} filename=${filename}></vellum-export-menu>`,
  );
}

/** The loading, empty and error messages shown in place of the viewer. */
export function statusMessage(msg: Localizer['msg'], status: string, errorKind: VellumErrorKind | undefined) {
  if (status === 'error') {
    return html`<div part="error" class="message error" role="alert">
      <strong>${msg('error.title')}</strong><span>${msg(`error.${errorKind ?? 'unknown'}`)}</span>
    </div>`;
  }
  if (status === 'loading') {
    return html`<div part="status" class="message" role="status">
      <div class="skeleton" aria-hidden="true"></div>${msg('viewer.loading')}
    </div>`;
  }
  return html`<div part="status" class="message" role="status">${msg('viewer.empty')}</div>`;
}
