import annotoriousCss from '@annotorious/openseadragon/annotorious-openseadragon.css?inline';
import toolsCss from '@annotorious/plugin-tools/annotorious-plugin-tools.css?inline';

let sheet: CSSStyleSheet | undefined;

/** Annotorious's stylesheet and its tools', for `AnnotoriousEditor.open`. */
export function editorStyleSheet(): CSSStyleSheet {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(`${annotoriousCss}\n${toolsCss}`);
  return sheet;
}
