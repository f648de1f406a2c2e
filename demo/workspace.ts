import 'vellum';
import { contentStateOf, encodeContentState } from '@vellum/iiif';
import { iiifIconImage } from './iiif-icon.ts';

interface Icon {
  label: string;
  /** The text the drag carries, and how it is built. */
  link: string;
  plainText?: string;
}

const fixture = (path: string) => new URL(`/fixtures/${path}`, location.origin).href;
const book = fixture('manifests/book.json');
const page = (n: number) => fixture(`manifests/book/canvas/${n}`);
const viewer = (params: Record<string, string>) => `${location.origin}/?${new URLSearchParams(params)}`;

const icons: Icon[] = [
  { label: 'Book (IIIF icon link, manifest and canvas)', link: viewer({ manifest: book, canvas: page(3) }) },
  { label: 'Book, same manifest', link: viewer({ manifest: book, canvas: page(4) }) },
  { label: 'Right-to-left book', link: viewer({ manifest: fixture('manifests/book-rtl.json') }) },
  {
    label: 'A region of page 2 (iiif-content link)',
    link: viewer({ 'iiif-content': encodeContentState(contentStateOf({ manifestUrl: book, canvasId: page(2), region: { x: 200, y: 300, width: 800, height: 600 } })) }),
  },
  {
    label: 'Page 5 (content-state JSON, cookbook 0599)',
    link: book,
    plainText: JSON.stringify({ id: page(5), type: 'Canvas', partOf: [{ id: book, type: 'Manifest' }] }),
  },
  { label: 'Multilingual manifest (bare URL)', link: fixture('manifests/multilingual.json') },
];

function iconItem(icon: Icon): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const link = document.createElement('a');
  link.className = 'iiif-link';
  link.href = icon.link;
  link.draggable = true;
  link.title = 'Drag onto the workspace or onto one of its windows';
  if (icon.plainText) {
    const text = icon.plainText;
    link.addEventListener('dragstart', (event) => event.dataTransfer?.setData('text/plain', text));
  }
  link.addEventListener('click', (event) => event.preventDefault());
  link.append(iiifIconImage(icon.label));
  const title = document.createElement('span');
  title.className = 'card__title';
  title.textContent = icon.label;
  item.append(link, title);
  return item;
}

document.getElementById('icons')?.append(...icons.map(iconItem));
document.getElementById('workspace')?.setAttribute(
  'catalog',
  JSON.stringify(['single', 'book', 'book-rtl', 'canvas-size', 'multilingual'].map((name) => ({ url: fixture(`manifests/${name}.json`), label: name }))),
);
const language = new URLSearchParams(location.search).get('language');
if (language) document.getElementById('workspace')?.setAttribute('language', language);
