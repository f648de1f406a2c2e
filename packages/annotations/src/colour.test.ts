import { expect } from '@esm-bundle/chai';
import { withTagColours } from './colour.js';
import type { ViewerAnnotation } from './model.js';
import { readAnnotations } from './read.js';

const canvas = { id: 'https://example.org/canvas/1', width: 1000, height: 1000 };
const tagged = (id: string, tags: string[], styleClass?: string) => ({
  id,
  type: 'Annotation',
  motivation: 'tagging',
  body: tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
  target: { type: 'SpecificResource', source: canvas.id, selector: { type: 'FragmentSelector', value: 'xywh=0,0,10,10' }, ...(styleClass && { styleClass }) },
});

describe('withTagColours', () => {
  it('colours an annotation by the first of its tags given a colour, unless it has a colour of its own', () => {
    const { annotations } = readAnnotations(
      { type: 'AnnotationPage', items: [tagged('plain', ['margin', 'figure']), tagged('own', ['figure'], 'vellum-colour-c2255c'), tagged('other', ['note'])] },
      canvas,
      { languages: ['en'] },
    );
    const colours = Object.fromEntries(withTagColours(annotations, { figure: '#2b8a3e' }).map((annotation: ViewerAnnotation) => [annotation.id, annotation.colour]));
    expect(colours).to.deep.equal({ plain: '#2b8a3e', own: '#c2255c', other: undefined });
  });
});
