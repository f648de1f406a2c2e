import { expect } from '@esm-bundle/chai';
import { readAnnotations } from '@vellum/annotations';
import { VellumAnnotationsPanel } from './annotations-panel.js';

if (!customElements.get('vellum-annotations-panel')) customElements.define('vellum-annotations-panel', VellumAnnotationsPanel);

const canvas = { id: 'https://example.org/canvas/1', width: 10000, height: 10000 };

function annotationSet(count: number) {
  const items: unknown[] = Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    type: 'Annotation',
    motivation: i % 2 ? 'supplementing' : 'commenting',
    body: [{ type: 'TextualBody', value: `Line ${i}` }, ...(i % 1000 === 0 ? [{ type: 'TextualBody', value: 'milestone', purpose: 'tagging' }] : [])],
    target: `${canvas.id}#xywh=${i},${i},10,10`,
  }));
  items.push({ type: 'Annotation', target: 'https://example.org/canvas/2', body: 'x' }, { type: 'Annotation', target: { source: canvas.id, selector: { type: 'Nope' } } });
  return readAnnotations({ type: 'AnnotationPage', items }, canvas, { languages: ['en'] });
}

async function panel(count = 10000) {
  const element = document.createElement('vellum-annotations-panel') as VellumAnnotationsPanel;
  element.style.cssText = 'display:flex;height:600px;width:300px';
  element.annotations = annotationSet(count);
  document.body.append(element);
  for (let i = 0; i < 50 && !element.shadowRoot?.querySelector('.row'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
  return element;
}

const rows = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.row')];
const countText = (element: HTMLElement) => element.shadowRoot!.querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => document.querySelectorAll('vellum-annotations-panel').forEach((element) => element.remove()));

describe('<vellum-annotations-panel>', () => {
  it('lists 10,000 annotations with a few dozen rows in the DOM, and says how many could not be shown', async () => {
    const element = await panel();
    expect(rows(element).length).to.be.greaterThan(5).and.lessThan(60);
    expect(rows(element)[0].textContent).to.contain('Line 0');
    expect(countText(element)).to.equal('10,000 of 10,000 (2 could not be shown: 1 on another canvas, 1 unknown selector)');
    const list = element.shadowRoot!.querySelector<HTMLElement>('.list')!;
    list.scrollTop = list.scrollHeight;
    list.dispatchEvent(new Event('scroll'));
    await element.updateComplete;
    expect(rows(element).at(-1)!.textContent).to.contain('Line 9999');
    expect(rows(element).length).to.be.lessThan(60);
  });

  it('filters by text, motivation and tag', async () => {
    const element = await panel();
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'line 123';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(rows(element).map((row) => row.querySelector('.text')!.textContent)).to.deep.equal(['Line 123', 'Line 1230', 'Line 1231', 'Line 1232', 'Line 1233', 'Line 1234', 'Line 1235', 'Line 1236', 'Line 1237', 'Line 1238', 'Line 1239']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const [motivation, tag] = element.shadowRoot!.querySelectorAll('select');
    motivation.value = 'supplementing';
    motivation.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(countText(element)).to.contain('5,000 of 10,000');
    motivation.value = '';
    motivation.dispatchEvent(new Event('change'));
    tag.value = 'milestone';
    tag.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(countText(element)).to.contain('10 of 10,000');
  });

  it('reports hover and activation, highlights and reveals the annotation hovered on the image, and shows or hides all', async () => {
    const element = await panel();
    const events: string[] = [];
    element.addEventListener('vellum-annotation-hover', (event) => events.push(`hover ${event.detail.id}`));
    element.addEventListener('vellum-annotation-activate', (event) => events.push(`activate ${event.detail.id}`));
    element.addEventListener('vellum-annotations-visibility', (event) => events.push(`shown ${event.detail.shown}`));
    const [row] = rows(element);
    row.dispatchEvent(new PointerEvent('pointerenter'));
    row.dispatchEvent(new PointerEvent('pointerleave'));
    row.click();
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    expect(events).to.deep.equal(['hover a0', 'hover undefined', 'activate a0', 'shown false']);
    element.highlighted = 'a5000';
    await element.updateComplete;
    element.shadowRoot!.querySelector('.list')!.dispatchEvent(new Event('scroll'));
    await element.updateComplete;
    const current = element.shadowRoot!.querySelector('.row[aria-current=true]');
    expect(current?.textContent).to.contain('Line 5000');
  });
});
