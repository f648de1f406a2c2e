import { VellumAdjustmentsPanel } from './adjustments-panel/adjustments-panel.js';
import { VellumAnnotationEditor } from './annotation-editor/annotation-editor.js';
import { VellumContentsPanel } from './contents-panel/contents-panel.js';
import { VellumLayersPanel } from './layers-panel/layers-panel.js';
import { VellumViewMenu } from './view-menu/view-menu.js';
import { VellumAnnotationsPanel } from './annotations-panel/annotations-panel.js';
import { VellumSearchPanel } from './search-panel/search-panel.js';
import { VellumDeepZoom } from './deep-zoom/deep-zoom.js';
import { VellumExportMenu } from './export-menu/export-menu.js';
import { VellumInfoPanel } from './info-panel/info-panel.js';
import { VellumThumbnailStrip } from './thumbnail-strip/thumbnail-strip.js';
import { VellumViewer } from './viewer/viewer.js';
import { VellumWindow } from './window/window.js';
import { VellumWorkspace } from './workspace/workspace.js';
import { VellumPortfolio } from './portfolio/portfolio.js';
import { VellumMediumImage } from './medium-view/medium-image.js';
import { VellumMediumView } from './medium-view/medium-view.js';
import { VellumContinuousView } from './continuous-view/continuous-view.js';
import { VellumCollectionBrowser } from './collection-browser/collection-browser.js';

const elements: Record<string, CustomElementConstructor> = {
  'vellum-viewer': VellumViewer,
  'vellum-window': VellumWindow,
  'vellum-deep-zoom': VellumDeepZoom,
  'vellum-thumbnail-strip': VellumThumbnailStrip,
  'vellum-info-panel': VellumInfoPanel,
  'vellum-adjustments-panel': VellumAdjustmentsPanel,
  'vellum-export-menu': VellumExportMenu,
  'vellum-annotations-panel': VellumAnnotationsPanel,
  'vellum-search-panel': VellumSearchPanel,
  'vellum-workspace': VellumWorkspace,
  'vellum-annotation-editor': VellumAnnotationEditor,
  'vellum-view-menu': VellumViewMenu,
  'vellum-contents-panel': VellumContentsPanel,
  'vellum-layers-panel': VellumLayersPanel,
  'vellum-portfolio': VellumPortfolio,
  'vellum-medium-image': VellumMediumImage,
  'vellum-medium-view': VellumMediumView,
  'vellum-continuous-view': VellumContinuousView,
  'vellum-collection-browser': VellumCollectionBrowser,
};

/** Registers every Vellum element; tags that are already defined (say, by a second copy of Vellum) are left alone. */
export function defineVellumElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineVellumElements();

declare global {
  interface HTMLElementTagNameMap {
    'vellum-viewer': VellumViewer;
    'vellum-window': VellumWindow;
    'vellum-deep-zoom': VellumDeepZoom;
    'vellum-thumbnail-strip': VellumThumbnailStrip;
    'vellum-info-panel': VellumInfoPanel;
    'vellum-adjustments-panel': VellumAdjustmentsPanel;
    'vellum-export-menu': VellumExportMenu;
    'vellum-annotations-panel': VellumAnnotationsPanel;
    'vellum-search-panel': VellumSearchPanel;
    'vellum-workspace': VellumWorkspace;
    'vellum-annotation-editor': VellumAnnotationEditor;
    'vellum-view-menu': VellumViewMenu;
    'vellum-contents-panel': VellumContentsPanel;
    'vellum-layers-panel': VellumLayersPanel;
    'vellum-portfolio': VellumPortfolio;
    'vellum-medium-image': VellumMediumImage;
    'vellum-medium-view': VellumMediumView;
    'vellum-continuous-view': VellumContinuousView;
    'vellum-collection-browser': VellumCollectionBrowser;
  }
}
