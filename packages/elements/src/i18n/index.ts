export { en, type Catalog, type MessageKey } from './en.js';
export { catalogLoaders } from './catalogs.js';
export { Localizer, preferredLanguages, type MessageParams } from './localizer.js';
