import { html, nothing, type SVGTemplateResult } from 'lit';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { shortcutHelp } from './keyboard.js';

/** Every part a window exposes, its own and those it forwards from its inner elements. */
export const WINDOW_PARTS = [
  'header',
  'title',
  'toolbar',
  'button',
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

export function helpPopup(msg: Localizer['msg'], onClose: () => void) {
  return html`<section part="help" class="help" role="dialog" aria-label=${msg('help.title')}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && onClose()}>
    <header>
      <h3>${msg('help.title')}</h3>
      ${iconButton(msg('help.close'), icons.close, onClose)}
    </header>
    <dl>
      ${shortcutHelp.map(
        ({ keys, description }) =>
          html`<dt>${keys.map((key, i) => html`${i > 0 ? ' ' : ''}<kbd>${key}</kbd>`)}</dt><dd>${msg(description)}</dd>`,
      )}
    </dl>
    <p>${msg('help.strip')}</p>
  </section>`;
}
