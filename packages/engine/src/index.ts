export { Slot, type SlotCanvas, type SlotOptions, type TileErrorDetail, type Viewport } from './slot.js';
export { EngineError, type EngineErrorKind } from './errors.js';
export { infoJsonCache } from './info-cache.js';
export { corsDecisions, type CrossOriginPolicy } from './cors.js';
export { chooseDrawer, webglProbe, type DrawerKind, type WebglProbe } from './drawer-policy.js';
export { placeImage, type Placement } from './coordinates.js';
export { cssFilterFunctions } from './filters.js';
export { MAX_EXPORT_PIXELS, exportSize } from './export-region.js';
export type { ExportImage, ExportInfo, ExportSize } from './export-source.js';
