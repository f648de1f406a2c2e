export * from './model.js';
export { boundsOfShape } from './geometry.js';
export { hasScript, maxBodyLength } from './body.js';
export { placeTarget } from './target.js';
export { placeOnPages } from './place.js';
export { withTagColours, type TagColours } from './colour.js';
export {
  AnnotationPageError,
  annotationPagesOf,
  annotationsOfPage,
  fetchAnnotationPage,
  loadAnnotationPage,
  loadCanvasAnnotations,
  loadCanvasPages,
  readAnnotations,
  readPages,
  type LoadOptions,
  type PageErrorKind,
} from './read.js';
export { canvasIdOf, hasTagColours, listByCanvas, tagColoursIn, type AnnotationStore, type TagColourStore, type W3CAnnotation } from './store.js';
export { IndexedDbAnnotationStore, browserAnnotationStore } from './indexeddb-store.js';
export {
  exchangeableAnnotations,
  exportAnnotationPage,
  importAnnotationFile,
  parseAnnotationFile,
  type ExchangeFormat,
  type ImportFailure,
  type ImportParse,
} from './exchange.js';
export { AnnotationShapes } from './shapes.js';
export { AnnotationPointer, type ShapeHandlers } from './pointer.js';
export { AnnotationCanvas } from './shape-canvas.js';
export { annotationText, distinct, filterAnnotations, type AnnotationFilter } from './filter.js';
export { AnnotationDisplay, canvasLayerFrom, type AnnotatedSlot } from './display.js';
export { canvasJsonFromVault } from './vault-source.js';
export { canvasAnnotationSet, countOnCanvases, exportShownAnnotations, shownAnnotationSet, type AnnotationSources } from './sources.js';
export * from './protocol/index.js';
