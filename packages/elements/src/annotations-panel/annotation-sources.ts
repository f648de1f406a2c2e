import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/index.js';
import type { AnnotationsNotice } from './annotations-controller.js';
import { VellumAnnotationPageAddEvent, VellumAnnotationsExportEvent, VellumAnnotationsImportEvent } from './annotations-panel-events.js';

/** The panel's sources: a page added from a URL, a file imported, the canvas's annotations exported, and what the last of these did. */
export function annotationSources(host: HTMLElement, localizer: Localizer, notice: AnnotationsNotice | undefined) {
  const { msg } = localizer;
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    if (input.value.trim()) host.dispatchEvent(new VellumAnnotationPageAddEvent(input.value.trim()));
  };
  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) host.dispatchEvent(new VellumAnnotationsImportEvent(file));
  };
  return html`<details part="sources" class="sources">
    <summary>${msg('annotations.sources')}</summary>
    <form @submit=${add}>
      <input name="url" type="url" required aria-label=${msg('annotations.url')} placeholder=${msg('annotations.url')} />
      <button type="submit">${msg('annotations.add')}</button>
    </form>
    <div class="exchange">
      <label class="file">${msg('annotations.import')}<input type="file" accept=".json,.jsonld,application/json,application/ld+json" @change=${pick} /></label>
      <button type="button" @click=${() => host.dispatchEvent(new VellumAnnotationsExportEvent())}>${msg('annotations.export')}</button>
    </div>
    ${notice
      ? html`<p part="notice" class="notice ${notice.tone}" role=${notice.tone === 'error' ? 'alert' : 'status'}>${msg(notice.key, notice.params)}</p>`
      : nothing}
  </details>`;
}
