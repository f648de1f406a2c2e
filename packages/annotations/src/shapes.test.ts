import { expect } from '@esm-bundle/chai';
import { Slot } from '@vellum/engine';
import { MARK_RECT, MARK_RGB, pageByName } from '../../../test/fixtures/pages.mjs';
import { makeContainer, near, pixelAt, removeContainers, serviceImage, settled } from '../../engine/src/test-helpers.js';
import { readAnnotations } from './read.js';
import { AnnotationShapes } from './shapes.js';
import { AnnotationDisplay } from './display.js';

const page = pageByName('page-01');
/** The canvas is twice the image's size, so canvas coordinates differ from image pixels. */
const canvas = { id: 'https://example.org/canvas/big', width: page.width * 2, height: page.height * 2 };
const slotCanvas = { ...canvas, images: [serviceImage('page-01', { x: 0, y: 0, ...canvas })] };
const mark = [MARK_RECT.x * canvas.width, MARK_RECT.y * canvas.height, MARK_RECT.width * canvas.width, MARK_RECT.height * canvas.height].map(Math.round);
const slots: Slot[] = [];

afterEach(() => {
  slots.splice(0).forEach((slot) => slot.destroy());
  removeContainers();
});

async function drawn() {
  const annotationPage = {
    type: 'AnnotationPage',
    items: [
      { id: 'mark', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'The mark' }, target: `${canvas.id}#xywh=${mark.join(',')}` },
      { id: 'dot', type: 'Annotation', motivation: 'tagging', body: { type: 'TextualBody', value: 'dot' }, target: { type: 'SpecificResource', source: canvas.id, selector: { type: 'PointSelector', x: 100, y: 100 } } },
    ],
  };
  const { annotations } = readAnnotations(annotationPage, canvas, { languages: ['en'] });
  const container = makeContainer(320, 440);
  const slot = new Slot(container, { drawer: 'canvas' });
  slots.push(slot);
  await slot.show(slotCanvas);
  const hovered: (string | undefined)[] = [];
  const activated: string[] = [];
  const shapes = new AnnotationShapes(slot.addOverlay().content, { hover: (id) => hovered.push(id), activate: (id) => activated.push(id) });
  shapes.show(annotations);
  await settled(slot);
  return { container, shapes, hovered, activated };
}

describe('AnnotationShapes', () => {
  it('draws an annotation over the region it targets on screen', async () => {
    const { container, shapes } = await drawn();
    const box = container.getBoundingClientRect();
    const shown = shapes.shapeOf('mark')!.getBoundingClientRect();
    const at = (x: number, y: number) => pixelAt(container, (x - box.left) / box.width, (y - box.top) / box.height);
    expect(shown.width).to.be.greaterThan(20);
    expect(near(at(shown.left + 3, shown.top + 3), MARK_RGB)).to.equal(true);
    expect(near(at(shown.right - 3, shown.bottom - 3), MARK_RGB)).to.equal(true);
    expect(near(at(shown.left - 3, shown.top - 3), MARK_RGB)).to.equal(false);
  });

  it('reports hover and activation from the image, and highlights from outside', async () => {
    const { shapes, hovered, activated } = await drawn();
    const shape = shapes.shapeOf('mark')!;
    shape.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    shape.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
    shape.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(hovered).to.deep.equal(['mark', undefined]);
    expect(activated).to.deep.equal(['mark']);
    const before = getComputedStyle(shape).strokeWidth;
    shapes.highlight('mark');
    expect(getComputedStyle(shape).strokeWidth).not.to.equal(before);
    expect(shapes.highlighted).to.equal('mark');
  });

  it('hides and shows all', async () => {
    const { shapes } = await drawn();
    shapes.visible = false;
    expect(shapes.shapeOf('mark')!.getBoundingClientRect().width).to.equal(0);
    shapes.visible = true;
    expect(shapes.shapeOf('mark')!.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});

describe('AnnotationDisplay', () => {
  it('zooms the slot to an annotation and highlights it; shapes far from the view are not drawn', async () => {
    const container = makeContainer(320, 440);
    const slot = new Slot(container, { drawer: 'canvas' });
    slots.push(slot);
    await slot.show(slotCanvas);
    const display = new AnnotationDisplay(slot);
    const target = { x: 200, y: 300, width: 100, height: 50 };
    const page = { type: 'AnnotationPage', items: [{ type: 'Annotation', id: 'small', target: `${canvas.id}#xywh=200,300,100,50` }, { type: 'Annotation', id: 'far', target: `${canvas.id}#xywh=2000,3000,100,50` }] };
    display.show(readAnnotations(page, canvas, { languages: ['en'] }));
    const drawnShapes = () => [...container.querySelectorAll<SVGElement>('[data-annotation-id]')].filter((shape) => shape.getBoundingClientRect().width > 0).map((shape) => shape.dataset.annotationId);
    expect(drawnShapes()).to.deep.equal(['small', 'far']);
    display.zoomTo('small');
    await settled(slot);
    expect(drawnShapes()).to.deep.equal(['small']);
    const view = slot.viewport;
    expect(view.width).to.be.lessThan(canvas.width / 5);
    expect(view.x).to.be.at.most(target.x);
    expect(view.y).to.be.at.most(target.y);
    expect(view.x + view.width).to.be.at.least(target.x + target.width);
    expect(view.y + view.height).to.be.at.least(target.y + target.height);
    display.destroy();
    expect(container.querySelector('[data-annotation-id]')).to.equal(null);
  });
});
