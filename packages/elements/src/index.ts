export { VellumViewer } from './viewer/viewer.js';
export { VellumWindow } from './window/window.js';
export { VellumWorkspace } from './workspace/workspace.js';
export type { CatalogItem } from '@vellum/iiif';
export { VellumDeepZoom } from './deep-zoom/deep-zoom.js';
export { VellumSlotChangeEvent } from './deep-zoom/deep-zoom-events.js';
export { VellumThumbnailStrip } from './thumbnail-strip/thumbnail-strip.js';
export { VellumInfoPanel } from './info-panel/info-panel.js';
export { VellumAdjustmentsPanel } from './adjustments-panel/adjustments-panel.js';
export { VellumViewMenu } from './view-menu/view-menu.js';
export { VellumPortfolio } from './portfolio/portfolio.js';
export { VellumMediumView } from './medium-view/medium-view.js';
export { VellumMediumImage } from './medium-view/medium-image.js';
export { VellumContinuousView } from './continuous-view/continuous-view.js';
export { VellumCollectionBrowser } from './collection-browser/collection-browser.js';
export { VellumCollectionLoadEvent, VellumCollectionOpenEvent } from './collection-browser/collection-events.js';
export { VellumAnnotationsPanel } from './annotations-panel/annotations-panel.js';
export { VellumSearchPanel } from './search-panel/search-panel.js';
export { VellumSearchEvent } from './search-panel/search-panel-events.js';
export { VellumContentsPanel } from './contents-panel/contents-panel.js';
export { VellumLayersPanel } from './layers-panel/layers-panel.js';
export { VellumLayersChangeEvent, type LayerSettings } from './layers-panel/layers.js';
export { VellumExportMenu, type ViewExporter } from './export-menu/export-menu.js';
export {
  VellumCanvasChangeEvent,
  VellumErrorEvent,
  VellumManifestLoadEvent,
  VellumWorkspaceErrorEvent,
  type VellumErrorKind,
} from './events/events.js';
export { VellumEvent } from './events/vellum-event.js';
export { storeContext, localizerContext } from './context/contexts.js';
export { defaultEngine, engineContext, type VellumEngine } from './context/engine.js';
export { Localizer, catalogLoaders, preferredLanguages, en, type Catalog, type MessageKey, type MessageParams } from './i18n/index.js';
