import { html } from 'lit';
import type { VellumErrorKind } from '../events/events.js';
import type { Localizer } from '../i18n/index.js';

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
