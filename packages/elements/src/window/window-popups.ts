import { html } from 'lit';
import { iconButton } from '../controls/icon-button.js';
import type { ViewExporter } from '../export-menu/export-menu.js';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { shortcutHelp } from './keyboard.js';

/** The popup a window shows over its image, if any. */
export type WindowPopup = 'help' | 'export' | 'none';

/** A popup over the image: a labelled dialog with a close button that Escape also closes. */
function popup(part: string, title: string, closeLabel: string, onClose: () => void, content: unknown) {
  return html`<section part=${part} class="popup" role="dialog" tabindex="-1" aria-label=${title}
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
