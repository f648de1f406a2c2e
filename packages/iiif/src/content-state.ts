import { InputError } from './input-error.js';
import { asArray, asObject, asString, idOf, isObject, typeOf, type JsonObject } from './json.js';
import type { Rect, Size, ViewerManifest } from './model.js';
import { clipToCanvas, parseXywh } from './rect.js';

/** What a content state asks to open: a Manifest or Collection, optionally at a canvas, a region of it, or a range. */
export interface ResourceTarget {
  manifestUrl: string;
  canvasId?: string;
  /** Canvas region in canvas units, from `#xywh=` (pixels) or a FragmentSelector. */
  region?: Rect;
  rangeId?: string;
}

/** The view to share: a manifest, optionally a canvas and the region of it on screen. */
export interface SharedView {
  manifestUrl: string;
  canvasId?: string;
  /** The region in view, in canvas units; what lies off the canvas (a letterbox) is left out. */
  region?: Rect;
  /** The canvas's size, to clip the region to; without it, the region is clipped to the canvas's origin only. */
  canvasSize?: Size;
}

const malformed = (detail: string) => new InputError('malformed-content-state', `The content state is malformed: ${detail}.`);

function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(value)) throw malformed('it is neither JSON, a URL nor base64url');
  const base64 = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    return text.startsWith('%') ? decodeURIComponent(text) : text;
  } catch {
    throw malformed('its base64url does not decode to text');
  }
}

/** Content State 1.0 §6: URI-encode the JSON, base64url it, drop the padding. */
export function encodeContentState(json: object): string {
  // URI-encoded text is ASCII, which btoa takes as it is, at any length.
  return btoa(encodeURIComponent(JSON.stringify(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function splitFragment(id: string): { id: string; region?: Rect } {
  const hash = id.indexOf('#');
  if (hash < 0) return { id };
  return { id: id.slice(0, hash), region: parseXywh(id.slice(hash + 1), { width: 0, height: 0 }) };
}

function selectorRegion(selector: unknown): Rect | undefined {
  const object = asObject(asArray(selector)[0]);
  const value = object && asString(object.value);
  return value ? parseXywh(value, { width: 0, height: 0 }) : undefined;
}

function manifestOf(resource: JsonObject): string | undefined {
  const parent = asArray(resource.partOf).filter(isObject).find((part) => ['Manifest', 'Collection'].includes(typeOf(part) ?? ''));
  return idOf(parent) ?? asString(asArray(resource.partOf).find((part) => typeof part === 'string'));
}

function targetOf(resource: JsonObject): ResourceTarget {
  if (typeOf(resource) === 'SpecificResource') {
    const source = asObject(resource.source) ?? { id: asString(resource.source) };
    const target = targetOf({ ...source, type: typeOf(source) ?? 'Canvas', partOf: source.partOf ?? resource.partOf });
    return { ...target, region: selectorRegion(resource.selector) ?? target.region };
  }
  const id = idOf(resource);
  if (!id) throw malformed('its target has no id');
  const type = typeOf(resource);
  if (type === 'Manifest' || type === 'Collection' || type === 'sc:Manifest' || type === 'sc:Collection') return { manifestUrl: id };
  const manifestUrl = manifestOf(resource);
  if (!manifestUrl) throw new InputError('no-manifest', `The content state names ${id} without the manifest it is part of.`);
  if (type === 'Range') return { manifestUrl, rangeId: id };
  const { id: canvasId, region } = splitFragment(id);
  return region ? { manifestUrl, canvasId, region } : { manifestUrl, canvasId };
}

/** The first target of a content state: an Annotation with motivation contentState, or a bare target resource. */
export function readContentState(json: unknown): ResourceTarget {
  const object = asObject(json);
  if (!object) throw malformed('it is not a JSON object');
  const target = typeOf(object) === 'Annotation' ? asArray(object.target)[0] : object;
  if (typeof target === 'string') return { manifestUrl: target };
  const resource = asObject(target);
  if (!resource) throw malformed('it has no target');
  return targetOf(resource);
}

/** Decodes an `iiif-content` value: base64url JSON, raw JSON, or a plain URI of a Manifest or Collection. */
export function decodeContentState(value: string): ResourceTarget {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return { manifestUrl: text };
  const json = text.startsWith('{') ? text : fromBase64Url(text);
  try {
    return readContentState(JSON.parse(json));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw malformed('it is not JSON');
  }
}

const xywh = ({ x, y, width, height }: Rect) => [x, y, width, height].map(Math.round).join(',');

/** The content state Annotation of a view, with the part of the region on the canvas as `#xywh=` (Media Fragments allow no negative numbers). */
export function contentStateOf(view: SharedView): JsonObject {
  const manifest = { id: view.manifestUrl, type: 'Manifest' };
  const region = view.region && clipToCanvas(view.region, view.canvasSize);
  const target = view.canvasId
    ? { id: region ? `${view.canvasId}#xywh=${xywh(region)}` : view.canvasId, type: 'Canvas', partOf: [manifest] }
    : manifest;
  return { '@context': 'http://iiif.io/api/presentation/3/context.json', type: 'Annotation', motivation: ['contentState'], target };
}

/** Throws when the target names a canvas the loaded manifest does not have. */
export function checkTarget(target: ResourceTarget, manifest: ViewerManifest): void {
  if (target.canvasId && !manifest.canvases.some((canvas) => canvas.id === target.canvasId)) {
    throw new InputError('canvas-not-in-manifest', `The canvas ${target.canvasId} is not in the manifest ${manifest.id}.`);
  }
}
