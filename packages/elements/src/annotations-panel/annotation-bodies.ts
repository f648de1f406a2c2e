import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AnnotationBody, ViewerAnnotation } from '@vellum/annotations';
import type { Localizer } from '../i18n/index.js';
import { VellumAnnotationLinkEvent, VellumOwnAnnotationEvent } from './annotations-panel-events.js';

function body(host: HTMLElement, item: AnnotationBody, localizer: Localizer) {
  switch (item.kind) {
    case 'text':
      return html`<p lang=${item.language ?? nothing}>${item.text}</p>`;
    case 'html':
      // Sanitised by @vellum/annotations when read (DOMPurify with the IIIF allowlist); bodies with script were skipped.
      return html`<div class="html" lang=${item.language ?? nothing}>${unsafeHTML(item.html)}</div>`;
    case 'image':
      return html`<a href=${item.url} target="_blank" rel="noopener noreferrer"><img part="body-image" src=${item.url} alt=${localizer.msg('annotations.bodyImage')} loading="lazy" /></a>`;
    case 'link': {
      const follow = (event: MouseEvent) => {
        if (!host.dispatchEvent(new VellumAnnotationLinkEvent(item.url))) event.preventDefault();
      };
      return html`<p><a part="body-link" href=${item.url} target="_blank" rel="noopener noreferrer" @click=${follow}>${item.text || item.url}</a></p>`;
    }
  }
}

/** Every body of an annotation as the reader sees it: texts in their language, sanitised HTML, images as thumbnails, links. */
export function annotationBodies(host: HTMLElement, annotation: ViewerAnnotation, localizer: Localizer) {
  const { msg } = localizer;
  return html`<div part="bodies" class="bodies" role="group" aria-label=${msg('annotations.selected')}>
    ${annotation.bodies.length ? annotation.bodies.map((item) => body(host, item, localizer)) : html`<p class="kind">${msg('annotations.noText')}</p>`}
    <p class="kind">${[...annotation.motivations, ...annotation.tags].join(' · ')}</p>
    ${annotation.own
      ? html`<div class="actions">
          <button type="button" @click=${() => host.dispatchEvent(new VellumOwnAnnotationEvent('vellum-annotation-edit', annotation.id))}>${msg('annotations.edit')}</button>
          <button type="button" @click=${() => host.dispatchEvent(new VellumOwnAnnotationEvent('vellum-annotation-delete', annotation.id))}>${msg('annotations.delete')}</button>
        </div>`
      : nothing}
  </div>`;
}
