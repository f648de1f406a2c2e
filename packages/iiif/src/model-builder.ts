import { agentsOf, labelValueOf, languageMapOf, linkedResourcesOf, metadataOf, uniqueStrings } from './descriptive.js';
import { IIIFError } from './errors.js';
import { imageSourcesOf } from './image-source.js';
import { asObjects, asPositiveNumber, asString, idOf, isObject, typeOf, type JsonObject } from './json.js';
import { getText } from './language.js';
import type { CollectionItem, ViewerCanvas, ViewerCollection, ViewerManifest, ViewingDirection } from './model.js';
import { paintedImagesOf } from './painting.js';

export interface BuildContext {
  /** Where the resource came from, for errors. */
  url?: string;
  languages: readonly string[];
}

const viewingDirections: ViewingDirection[] = ['left-to-right', 'right-to-left', 'top-to-bottom', 'bottom-to-top'];

function viewingDirectionOf(value: unknown): ViewingDirection {
  return viewingDirections.find((direction) => direction === value) ?? 'left-to-right';
}

/**
 * A canvas that paints images must have a positive width and height. If any canvas breaks this rule,
 * the whole manifest is rejected with an 'invalid-canvas' error: no layer above ever sees a canvas
 * it cannot place. Canvases without images (audio, video, empty) get size 0 and no images.
 */
function canvasOf(canvas: JsonObject, index: number, context: BuildContext): ViewerCanvas {
  const id = idOf(canvas) ?? '';
  const label = languageMapOf(canvas.label);
  const width = asPositiveNumber(canvas.width) ?? 0;
  const height = asPositiveNumber(canvas.height) ?? 0;
  const images = paintedImagesOf(canvas, { width, height }, context.languages);
  if (images.length && (!width || !height)) {
    const name = getText(label, context.languages) || id;
    throw new IIIFError(
      'invalid-canvas',
      `Canvas ${index + 1} (${name}) has images but no valid width and height, so it cannot be shown.`,
      { url: context.url },
    );
  }
  return { id, index, label, width, height, images, thumbnail: imageSourcesOf(canvas.thumbnail) };
}

function startCanvasId(start: unknown, canvases: ViewerCanvas[]): string | undefined {
  const id = isObject(start) && typeOf(start) === 'SpecificResource' ? idOf(start.source) : idOf(start);
  return id && canvases.some((canvas) => canvas.id === id) ? id : undefined;
}

/** The viewer model of a Presentation 3 Manifest (as JSON). Throws 'no-canvases' or 'invalid-canvas'. */
export function buildManifest(json: JsonObject, context: BuildContext): ViewerManifest {
  const canvases = asObjects(json.items)
    .filter((item) => typeOf(item) === 'Canvas')
    .map((canvas, index) => canvasOf(canvas, index, context));
  if (!canvases.length) {
    throw new IIIFError('no-canvases', 'This manifest has no canvases, so there is nothing to show.', { url: context.url });
  }
  const requiredStatement = labelValueOf(json.requiredStatement);
  return {
    id: idOf(json) ?? '',
    label: languageMapOf(json.label),
    summary: languageMapOf(json.summary),
    metadata: metadataOf(json.metadata),
    ...(requiredStatement ? { requiredStatement } : {}),
    ...(asString(json.rights) ? { rights: asString(json.rights) } : {}),
    provider: agentsOf(json.provider),
    homepage: linkedResourcesOf(json.homepage),
    rendering: linkedResourcesOf(json.rendering),
    seeAlso: linkedResourcesOf(json.seeAlso),
    thumbnail: imageSourcesOf(json.thumbnail),
    behavior: uniqueStrings(json.behavior),
    viewingDirection: viewingDirectionOf(json.viewingDirection),
    canvases,
    startCanvasId: startCanvasId(json.start, canvases),
  };
}

function collectionItemOf(item: JsonObject): CollectionItem[] {
  const type = typeOf(item);
  const id = idOf(item);
  if (!id || (type !== 'Manifest' && type !== 'Collection')) return [];
  return [{ id, type, label: languageMapOf(item.label), thumbnail: imageSourcesOf(item.thumbnail) }];
}

/** The viewer model of a Presentation 3 Collection (as JSON): its Manifests and Collections. */
export function buildCollection(json: JsonObject): ViewerCollection {
  return {
    id: idOf(json) ?? '',
    label: languageMapOf(json.label),
    summary: languageMapOf(json.summary),
    items: asObjects(json.items).flatMap(collectionItemOf),
  };
}
