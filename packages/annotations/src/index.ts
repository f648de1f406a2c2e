export * from './model.js';
export { boundsOfShape } from './geometry.js';
export { hasScript, maxBodyLength } from './body.js';
export { placeTarget } from './target.js';
export { annotationPagesOf, annotationsOfPage, loadAnnotationPage, loadCanvasAnnotations, readAnnotations, type LoadOptions } from './read.js';
export { canvasIdOf, type AnnotationStore, type W3CAnnotation } from './store.js';
export { IndexedDbAnnotationStore } from './indexeddb-store.js';
export { exportAnnotationPage, importAnnotationFile, parseAnnotationFile, type ExchangeFormat, type ImportFailure, type ImportParse } from './exchange.js';
export { AnnotationShapes, type ShapeHandlers } from './shapes.js';
