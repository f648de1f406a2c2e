import annotoriousCss from '@annotorious/openseadragon/annotorious-openseadragon.css?inline';
import toolsCss from '@annotorious/plugin-tools/annotorious-plugin-tools.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * Adds Annotorious's stylesheet to the document or shadow root the viewer lives in (once per root), since the
 * editor's layers are drawn inside the viewer's element where no outside stylesheet reaches.
 */
export function adoptEditorStyles(viewerElement: Element): void {
  const root = viewerElement.getRootNode() as Document | ShadowRoot;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(`${annotoriousCss}\n${toolsCss}`);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
