export { AnnotationEditor, editorTools, placementOf, type EditorTool } from './annotation-editor.js';
export { displayColour, fieldsOf, palette, parseTags, tagColour, withFields, type EditableFields } from './fields.js';
export type { SaveStatus } from './save-queue.js';
export { adoptEditorStyles } from './styles.js';
