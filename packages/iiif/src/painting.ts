import { imageSourceOf } from './image-source.js';
import { asArray, asObject, asObjects, asString, asStrings, idOf, isObject, typeOf, type JsonObject } from './json.js';
import { matchLanguage } from './language.js';
import type { PaintedImage, Rect, Size } from './model.js';
import { parseImageRegion, parseXywh } from './rect.js';

function selectorsOf(resource: JsonObject): JsonObject[] {
  return asObjects(resource.selector);
}

/** The target area on the canvas: `#xywh=` on a target id or in a FragmentSelector, else the whole canvas. */
export function targetRect(target: unknown, canvas: Size): Rect {
  const whole = { x: 0, y: 0, width: canvas.width, height: canvas.height };
  const first = asArray(target)[0];
  if (typeof first === 'string') {
    const hash = first.indexOf('#');
    return (hash >= 0 ? parseXywh(first.slice(hash + 1), canvas) : undefined) ?? whole;
  }
  const resource = asObject(first);
  if (!resource) return whole;
  const fragment = selectorsOf(resource)
    .filter((selector) => typeOf(selector) === 'FragmentSelector')
    .map((selector) => parseXywh(asString(selector.value) ?? '', canvas))
    .find((rect) => rect !== undefined);
  return fragment ?? targetRect(idOf(resource.source) ?? idOf(resource), canvas);
}

function regionOf(specificResource: JsonObject, image: Size | undefined): Rect | undefined {
  for (const selector of selectorsOf(specificResource)) {
    const type = typeOf(selector);
    if (type === 'ImageApiSelector') return parseImageRegion(asString(selector.region) ?? 'full', image);
    if (type === 'FragmentSelector' && image) return parseXywh(asString(selector.value) ?? '', image);
  }
  return undefined;
}

/** A Choice's item in the user's language when items declare one, else the first item (the default). */
function chooseItem(choice: JsonObject, languages: readonly string[]): unknown {
  const items = asObjects(choice.items);
  const language = matchLanguage(items.flatMap((item) => asStrings(item.language)), languages);
  return items.find((item) => language && asStrings(item.language).includes(language)) ?? items[0];
}

function paintedImage(body: unknown, target: unknown, canvas: Size, languages: readonly string[]): PaintedImage | undefined {
  if (!isObject(body)) return undefined;
  const type = typeOf(body);
  if (type === 'Choice' || type === 'oa:Choice') return paintedImage(chooseItem(body, languages), target, canvas, languages);
  const isSpecific = type === 'SpecificResource';
  const source = imageSourceOf(isSpecific ? body.source : body);
  if (!source) return undefined;
  const imageSize = source.width && source.height ? { width: source.width, height: source.height } : undefined;
  const region = isSpecific ? regionOf(body, imageSize) : undefined;
  return { source, target: targetRect(target, canvas), ...(region ? { region } : {}) };
}

function isPainting(annotation: JsonObject): boolean {
  const motivations = asStrings(annotation.motivation);
  return motivations.length === 0 || motivations.some((motivation) => motivation === 'painting' || motivation === 'sc:painting');
}

/** The images painted on a Presentation 3 canvas, in order. Non-image bodies (audio, video, text) are skipped. */
export function paintedImagesOf(canvas: JsonObject, size: Size, languages: readonly string[]): PaintedImage[] {
  return asObjects(canvas.items)
    .flatMap((page) => asObjects(page.items))
    .filter(isPainting)
    .flatMap((annotation) =>
      asArray(annotation.body).flatMap((body) => paintedImage(body, annotation.target, size, languages) ?? []),
    );
}
