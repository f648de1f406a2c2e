import { decodeContentState, isContentState, readContentState, type ResourceTarget } from './content-state.js';
import { InputError } from './input-error.js';
import { asObject, idOf, typeOf } from './json.js';

/** The parts of a DataTransfer a drop reads, so that callers may pass a real one or a plain object. */
export interface DropData {
  readonly types: readonly string[];
  getData(format: string): string;
  readonly files: ArrayLike<File>;
}

const notIiif = (what: string) => new InputError('not-iiif', `${what} is not a IIIF Manifest, Collection or content state.`);
const iiifTypes = ['Manifest', 'Collection', 'sc:Manifest', 'sc:Collection'];

function parseUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A link: `?iiif-content=…`, the classic IIIF icon `?manifest=…&canvas=…`, or the resource's URL itself. */
export function targetsOfLink(text: string): ResourceTarget[] {
  const url = parseUrl(text.trim());
  if (!url) throw new InputError('not-url', `"${text.trim().slice(0, 80)}" is not a web address.`);
  const content = url.searchParams.get('iiif-content');
  if (content) return decodeContentState(content);
  const manifest = url.searchParams.get('manifest');
  if (!manifest) return [{ manifestUrl: url.href }];
  if (!parseUrl(manifest)) throw new InputError('not-url', `The link's manifest "${manifest.slice(0, 80)}" is not a web address.`);
  const canvas = url.searchParams.get('canvas');
  return [canvas ? { manifestUrl: manifest, canvasId: canvas } : { manifestUrl: manifest }];
}

/** Dropped or pasted text: content-state JSON (cookbook 0599) or a link. */
export function targetsOfText(text: string): ResourceTarget[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return targetsOfLink(trimmed);
  try {
    return readContentState(JSON.parse(trimmed));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw notIiif('The dropped text');
  }
}

function firstUri(list: string): string | undefined {
  return list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('#'));
}

function blobUrl(content: BlobPart, type: string): string {
  return URL.createObjectURL(new Blob([content], { type }));
}

async function manifestFile(file: File): Promise<ResourceTarget[]> {
  const text = await file.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notIiif(`The file ${file.name}`);
  }
  const object = asObject(json);
  if (!object || !iiifTypes.includes(typeOf(object) ?? '')) {
    if (isContentState(object)) return readContentState(object);
    throw notIiif(`The file ${file.name}`);
  }
  if (!idOf(object)) throw notIiif(`The file ${file.name}`);
  return [{ manifestUrl: blobUrl(text, 'application/json') }];
}

async function imageCanvas(file: File, index: number, base: string) {
  const bitmap = await createImageBitmap(file).catch(() => {
    throw notIiif(`The file ${file.name}`);
  });
  const { width, height } = bitmap;
  bitmap.close();
  const url = blobUrl(file, file.type);
  const id = `${base}/canvas/${index}`;
  const body = { id: url, type: 'Image', format: file.type, width, height };
  const annotation = { id: `${id}/painting`, type: 'Annotation', motivation: 'painting', body, target: id };
  return {
    id,
    type: 'Canvas',
    label: { none: [file.name] },
    width,
    height,
    items: [{ id: `${id}/page`, type: 'AnnotationPage', items: [annotation] }],
  };
}

/** Local images as a generated Presentation 3 manifest, one canvas each, served from blob URLs. */
export async function manifestOfImages(files: readonly File[]): Promise<ResourceTarget> {
  const base = `urn:vellum:local:${Date.now()}`;
  const items = await Promise.all(files.map((file, index) => imageCanvas(file, index + 1, base)));
  const label = files.length === 1 ? files[0].name : `${files[0].name} (+${files.length - 1})`;
  const manifest = {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: `${base}/manifest`,
    type: 'Manifest',
    label: { none: [label] },
    items,
  };
  return { manifestUrl: blobUrl(JSON.stringify(manifest), 'application/json') };
}

function isJsonFile(file: File): boolean {
  return file.type === 'application/json' || file.type === 'application/ld+json' || /\.json$/i.test(file.name);
}

/**
 * What a drop asks to open. Files come first (a `.json` manifest or content state, or images wrapped into a
 * generated manifest), then `text/uri-list`, then `text/plain`. Rejects with an InputError.
 */
export async function targetsOfDrop(data: DropData): Promise<ResourceTarget[]> {
  const files = Array.from(data.files);
  if (files.length > 0) {
    const json = files.find(isJsonFile);
    if (json) return manifestFile(json);
    const images = files.filter((file) => file.type.startsWith('image/'));
    if (images.length === 0) throw notIiif(`The file ${files[0].name}`);
    return [await manifestOfImages(images)];
  }
  const uri = data.types.includes('text/uri-list') ? firstUri(data.getData('text/uri-list')) : undefined;
  if (uri) return targetsOfLink(uri);
  const text = data.types.includes('text/plain') ? data.getData('text/plain') : '';
  if (!text.trim()) throw new InputError('not-url', 'The drop carries no link, text or file.');
  return targetsOfText(text);
}
