import { expect } from '@esm-bundle/chai';
import { Slot } from '@vellum/engine';
import { makeContainer, near, pixelAt, removeContainers, serviceImage, settled } from '@vellum/engine/testing';
import { MARK_RECT, MARK_RGB, pageByName } from '../../../test/fixtures/pages.mjs';
import { readAnnotations } from './read.js';
import { AnnotationShapes } from './shapes.js';
import { AnnotationDisplay, canvasLayerFrom } from './display.js';

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
  const shapes = new AnnotationShapes(slot.addOverlay().content);
  shapes.show(annotations);
  await settled(slot);
  return { container, shapes };
}

/** A display over the page with the mark annotated, and `extra` small annotations far from it; what it reported, and where the mark is on screen. */
async function displayed(extra = 0) {
  const cells = Array.from({ length: extra }, (_, i) => ({ type: 'Annotation', id: `cell-${i}`, target: `${canvas.id}#xywh=${(i % 100) * 10},${Math.floor(i / 100) * 10},5,5` }));
  const annotationPage = { type: 'AnnotationPage', items: [{ type: 'Annotation', id: 'mark', target: `${canvas.id}#xywh=${mark.join(',')}` }, ...cells] };
  const container = makeContainer(320, 440);
  const slot = new Slot(container, { drawer: 'canvas' });
  slots.push(slot);
  await slot.show(slotCanvas);
  const hovered: (string | undefined)[] = [];
  const activated: string[] = [];
  const display = new AnnotationDisplay(slot, { hover: (id) => hovered.push(id), activate: (id) => activated.push(id) });
  display.show(readAnnotations(annotationPage, canvas, { languages: ['en'] }));
  await settled(slot);
  const [x, y, width, height] = mark;
  const onScreen = slot.addOverlay().clientRectOf({ x, y, width, height });
  // Whatever lies over the image (the editor's layer) takes the pointer events; they bubble to the image's surface.
  const cover = slot.addOverlay().element;
  cover.style.pointerEvents = 'auto';
  const pointer = (type: string, clientX: number, clientY: number) => cover.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX, clientY }));
  return { container, display, hovered, activated, onScreen, pointer };
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

  it('highlights from outside', async () => {
    const { shapes } = await drawn();
    const shape = shapes.shapeOf('mark')!;
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
  for (const [kind, extra] of [['SVG shapes', 0], ['the canvas layer', canvasLayerFrom]] as const) {
    it(`reports hover and activation from the image by the shapes' geometry, under a layer that takes the pointer (${kind})`, async () => {
      const { display, hovered, activated, onScreen, pointer } = await displayed(extra);
      const inside = { x: onScreen.left + onScreen.width * 0.3, y: onScreen.top + onScreen.height * 0.6 };
      pointer('pointermove', inside.x, inside.y);
      pointer('pointermove', inside.x + 1, inside.y);
      pointer('pointermove', onScreen.right + 40, onScreen.bottom + 40);
      pointer('pointerdown', inside.x, inside.y);
      pointer('click', inside.x, inside.y);
      pointer('pointerdown', inside.x - 60, inside.y);
      pointer('click', inside.x, inside.y);
      expect(hovered).to.deep.equal(['mark', undefined]);
      expect(activated, 'a drag ending on the shape activates nothing').to.deep.equal(['mark']);
      display.visible = false;
      pointer('pointermove', inside.x, inside.y);
      expect(hovered).to.deep.equal(['mark', undefined]);
    });
  }

  it('draws a large set on one canvas layer, on the shapes, with only the highlighted one as an SVG shape', async () => {
    const { container, display, onScreen } = await displayed(canvasLayerFrom);
    const layer = container.querySelector('canvas[data-annotation-count]') as HTMLCanvasElement;
    expect(layer.dataset.annotationCount).to.equal(String(canvasLayerFrom + 1));
    expect(container.querySelectorAll('[data-annotation-id]').length).to.equal(0);
    const box = layer.getBoundingClientRect();
    const ratio = layer.width / box.width;
    const alpha = (clientX: number, clientY: number) => layer.getContext('2d')!.getImageData(Math.round((clientX - box.left) * ratio), Math.round((clientY - box.top) * ratio), 1, 1).data[3];
    const middleY = onScreen.top + onScreen.height / 2;
    const edge = Math.max(...[-1, 0, 1].map((dx) => alpha(onScreen.left + dx, middleY)));
    expect(edge, 'the edge is stroked').to.be.greaterThan(200);
    expect(alpha(onScreen.left + onScreen.width / 2, middleY), 'the inside is tinted').to.be.within(1, 60);
    expect(alpha(onScreen.left - 10, middleY), 'nothing beside it').to.equal(0);
    display.highlight('mark');
    expect([...container.querySelectorAll<SVGElement>('[data-annotation-id]')].map((shape) => shape.dataset.annotationId)).to.deep.equal(['mark']);
    display.highlight(undefined);
    expect(container.querySelectorAll('[data-annotation-id]').length).to.equal(0);
    display.visible = false;
    expect(layer.getBoundingClientRect().width).to.equal(0);
  });

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
