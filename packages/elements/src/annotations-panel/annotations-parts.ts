import { html, nothing } from 'lit';
import type { ViewerCanvas } from '@vellum/iiif';
import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import type { AnnotationsController } from './annotations-controller.js';

/** The annotations panel of a window, wired to its controller. */
export function annotationsPanel(controller: AnnotationsController, canvasLabel: string) {
  return html`<vellum-annotations-panel
    part="annotations"
    .annotations=${controller.set}
    .pageLabels=${controller.pageLabels}
    .highlighted=${controller.overlay.highlighted}
    .selected=${controller.overlay.selected}
    .notice=${controller.notice}
    .shown=${controller.overlay.shown}
    .tagColours=${controller.tagColours}
    @vellum-annotation-hover=${(event: HTMLElementEventMap['vellum-annotation-hover']) => controller.overlay.highlight(event.detail.id)}
    @vellum-annotation-activate=${(event: HTMLElementEventMap['vellum-annotation-activate']) => controller.overlay.activate(event.detail.id)}
    @vellum-annotation-link=${(event: HTMLElementEventMap['vellum-annotation-link']) => controller.followLink(event.detail.url) && event.preventDefault()}
    @vellum-annotation-edit=${(event: HTMLElementEventMap['vellum-annotation-edit']) => controller.editOwn(event.detail.id)}
    @vellum-annotation-delete=${(event: HTMLElementEventMap['vellum-annotation-delete']) => controller.deleteOwn(event.detail.id)}
    @vellum-annotations-visibility=${(event: HTMLElementEventMap['vellum-annotations-visibility']) => controller.overlay.setShown(event.detail.shown)}
    @vellum-annotation-page-add=${(event: HTMLElementEventMap['vellum-annotation-page-add']) => void controller.addPage(event.detail.url)}
    @vellum-annotations-import=${(event: HTMLElementEventMap['vellum-annotations-import']) => void controller.importFile(event.detail.file)}
    @vellum-annotations-export=${() => void controller.exportCanvas(canvasLabel)}
    @vellum-annotation-tag-colour=${(event: HTMLElementEventMap['vellum-annotation-tag-colour']) => void controller.setTagColour(event.detail.tag, event.detail.colour)}
  ></vellum-annotations-panel>`;
}

/** The editing layer over the image, when an editor element is registered (it is built apart and loaded lazily). */
export function annotationEditor(windowId: string, deepZoom: VellumDeepZoom | undefined, canvas: ViewerCanvas) {
  if (!customElements.get('vellum-annotation-editor')) return nothing;
  return html`<vellum-annotation-editor part="annotation-editor" window-id=${windowId} .deepZoom=${deepZoom} .canvas=${canvas}></vellum-annotation-editor>`;
}
