export { AnnotoriousEditor, editorTools, type EditorTool } from './annotorious-editor.js';
export { displayColour, fieldsOf, palette, parseTags, tagColour, withFields, type EditableFields } from './fields.js';
export { regionOf } from './region.js';
export type { SaveStatus } from './save-queue.js';
export { editorStyleSheet } from './styles.js';
