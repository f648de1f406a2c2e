export { en, type Catalog, type MessageKey } from './en.js';
export { fr } from './fr.js';
export { Localizer, preferredLanguages, type MessageParams } from './localizer.js';
