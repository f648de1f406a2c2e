import { BAD_NAMES } from '../test/fixtures/pages.mjs';
import { iiifIconImage } from './iiif-icon.ts';

interface Sample {
  name: string;
  label: string;
  manifest: string;
}

type ViewerEvent = Event & { detail?: { message?: string } };

const DEFAULT_SAMPLE = 'book';
const SECOND_SAMPLE = '/fixtures/manifests/multilingual.json';
/** Served by the fixtures (not in the sample collection): the plate with annotations, and the book with a search service. */
const SERVED_SAMPLES: Sample[] = [
  { name: 'annotated', label: 'A single landscape plate, annotated', manifest: '/fixtures/manifests/annotated.json' },
  { name: 'searchable', label: 'The Vellum Test Book, with full-text search', manifest: '/fixtures/manifests/searchable.json' },
];

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The demo page lacks #${id}`);
  return element as T;
}

const mainViewer = byId<HTMLElement>('main-viewer');
const secondViewer = byId<HTMLElement>('second-viewer');
const form = byId<HTMLFormElement>('open-form');
const input = byId<HTMLInputElement>('manifest-url');
const status = byId<HTMLParagraphElement>('status');
const samplesList = byId<HTMLUListElement>('samples');
const badList = byId<HTMLUListElement>('bad-samples');

const absolute = (url: string) => new URL(url, location.href).href;

function showStatus(message: string, isError = false) {
  status.textContent = message;
  status.classList.toggle('status--error', isError);
}

function shareLink(manifest: string) {
  const url = new URL(location.pathname, location.origin);
  url.searchParams.set('manifest', manifest);
  return url.href;
}

function markCurrent(manifest: string) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-manifest]')) {
    button.setAttribute('aria-pressed', String(button.dataset.manifest === manifest));
  }
}

function openManifest(url: string) {
  const manifest = absolute(url);
  mainViewer.setAttribute('manifest', manifest);
  input.value = manifest;
  history.replaceState(null, '', shareLink(manifest));
  markCurrent(manifest);
  showStatus(`Opening ${manifest}`);
}

function iiifLink(sample: Sample) {
  const link = document.createElement('a');
  link.className = 'iiif-link';
  link.href = shareLink(sample.manifest);
  link.draggable = true;
  link.title = 'Drag this IIIF icon onto a IIIF viewer to open the manifest there';
  link.append(iiifIconImage(sample.label));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    openManifest(sample.manifest);
  });
  return link;
}

function sampleCard(sample: Sample) {
  const item = document.createElement('li');
  item.className = 'card';
  const title = document.createElement('span');
  title.className = 'card__title';
  title.textContent = sample.label;
  const meta = document.createElement('span');
  meta.className = 'card__meta';
  meta.textContent = sample.name;
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'card__open';
  open.dataset.manifest = sample.manifest;
  open.setAttribute('aria-pressed', 'false');
  open.setAttribute('aria-label', `Open ${sample.label}`);
  open.textContent = 'Open';
  open.addEventListener('click', () => openManifest(sample.manifest));
  const actions = document.createElement('span');
  actions.className = 'card__actions';
  actions.append(open, iiifLink(sample));
  item.append(title, meta, actions);
  return item;
}

const badSamples = (): Sample[] => [
  ...BAD_NAMES.map((name) => ({ name, label: name.replaceAll('-', ' '), manifest: absolute(`/fixtures/bad/${name}.json`) })),
  ...[404, 500].map((code) => ({ name: `status-${code}`, label: `HTTP ${code}`, manifest: absolute(`/fixtures/status/${code}`) })),
];

async function loadSamples(): Promise<Sample[]> {
  const response = await fetch('/fixtures/index.json');
  if (!response.ok) throw new Error(`The sample list answered HTTP ${response.status}`);
  return (await response.json()) as Sample[];
}

function listenTo(viewer: HTMLElement, name: string) {
  viewer.addEventListener('vellum-manifest-load', () => {
    if (viewer === mainViewer) showStatus(`Loaded ${viewer.getAttribute('manifest') ?? ''}`);
  });
  viewer.addEventListener('vellum-collection-load', () => {
    if (viewer === mainViewer) showStatus(`Loaded the collection ${viewer.getAttribute('manifest') ?? ''}: pick a manifest`);
  });
  viewer.addEventListener('vellum-error', (event: Event) => {
    const message = (event as ViewerEvent).detail?.message ?? 'unknown error';
    showStatus(`${name}: ${message}`, true);
  });
}

async function registerViewer() {
  try {
    await import('vellum');
  } catch (error) {
    showStatus(`The viewer element could not be loaded: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

async function start() {
  listenTo(mainViewer, 'Viewer');
  listenTo(secondViewer, 'Second viewer');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    openManifest(input.value.trim());
  });
  badList.append(...badSamples().map(sampleCard));
  const language = new URLSearchParams(location.search).get('language');
  if (language) mainViewer.setAttribute('language', language);
  const viewerReady = registerViewer();
  try {
    const samples = await loadSamples();
    samplesList.append(...samples.map(sampleCard), ...SERVED_SAMPLES.map((sample) => sampleCard({ ...sample, manifest: absolute(sample.manifest) })));
    const requested = new URLSearchParams(location.search).get('manifest');
    const fallback = samples.find((sample) => sample.name === DEFAULT_SAMPLE)?.manifest ?? samples[0]?.manifest;
    const initial = requested ?? fallback;
    if (initial) openManifest(initial);
  } catch (error) {
    showStatus(`Could not list the samples: ${error instanceof Error ? error.message : String(error)}. Run "pnpm fixtures".`, true);
  }
  secondViewer.setAttribute('manifest', absolute(SECOND_SAMPLE));
  await viewerReady;
}

void start();
