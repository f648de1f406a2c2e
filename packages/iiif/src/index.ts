export * from './model.js';
export { IIIFError, isIIIFError, type IIIFErrorKind, type IIIFErrorOptions } from './errors.js';
export { loadCollection, loadResource, type LoadOptions } from './load.js';
export { vault } from './vault.js';
export { vaultReady } from './vault-fill.js';
export { someCanvasHasAnnotations } from './vault-annotations.js';
export { toPresentation3, presentationVersion } from './presentation.js';
export { getText, getValues, pickLanguage } from './language.js';
export { closestLanguage, matchLanguage } from './language-match.js';
export { imageSourceOf, imageSourcesOf, serviceBaseId, type PlainImageSource, type ServiceImageSource } from './image-source.js';
export {
  describeImageService,
  imageRequestUrl,
  tileSourceFromInfo,
  tileSourceSize,
  type IIIFInfoTileSource,
  type ImageRequest,
  type ImageServiceDescription,
  type PyramidLevel,
  type TileSourceDescription,
} from './image-service.js';
export { pickThumbnail, thumbnailInfoUrl, type ThumbnailResource } from './thumbnail.js';
export { isHtml } from './html-value.js';
export { clipToCanvas, parseImageRegion, parseXywh } from './rect.js';
export { offeredSizes, tileCount, tileGridOf, tilesCovering, type SizedService, type TileGrid, type TileRequest } from './image-tiles.js';
export { InputError, isInputError, type InputErrorKind } from './input-error.js';
export {
  contentStateOf,
  decodeContentState,
  encodeContentState,
  isContentState,
  readContentState,
  resolveTarget,
  type ResourceTarget,
  type SharedView,
} from './content-state.js';
export { manifestOfImages, targetsOfDrop, targetsOfLink, targetsOfText, type DropData } from './drop.js';
export { targetsOfInput } from './input.js';
export { parseCatalog, type CatalogItem } from './catalog.js';
export { defaultViewMode, spreadIndexOf, spreadsOf } from './paging.js';
export { canvasIdsOf, canvasReferenceOf, firstCanvasOf, rangePathTo, sequenceOrder, type CanvasReference } from './ranges.js';
