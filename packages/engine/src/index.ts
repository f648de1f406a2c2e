export { Slot, type SlotCanvas, type SlotOptions, type TileErrorDetail, type Viewport } from './slot.js';
export { EngineError, type EngineErrorKind } from './errors.js';
export { infoJsonCache } from './info-cache.js';
export { chooseDrawer, webglProbe, type DrawerKind, type WebglProbe } from './drawer-policy.js';
export { placeImage, type Placement } from './coordinates.js';
