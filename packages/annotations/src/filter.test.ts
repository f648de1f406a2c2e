import { expect } from '@esm-bundle/chai';
import { annotationText, distinct, filterAnnotations } from './filter.js';
import type { ViewerAnnotation } from './model.js';

function annotation(id: string, motivation: string, text: string, tags: string[] = []): ViewerAnnotation {
  const rect = { x: 0, y: 0, width: 1, height: 1 };
  return { id, canvasId: 'c', motivations: [motivation], shape: { kind: 'rect', rect }, bounds: rect, bodies: [{ kind: 'text', text }], tags };
}

const list = [annotation('a', 'commenting', 'A red Mark', ['figure']), annotation('b', 'supplementing', 'Line one'), annotation('c', 'tagging', '', ['figure', 'seal'])];

describe('filterAnnotations', () => {
  it('filters by motivation, tag and text (bodies and tags, any case)', () => {
    expect(filterAnnotations(list, { motivation: 'supplementing' }).map((a) => a.id)).to.deep.equal(['b']);
    expect(filterAnnotations(list, { tag: 'figure' }).map((a) => a.id)).to.deep.equal(['a', 'c']);
    expect(filterAnnotations(list, { text: 'mark' }).map((a) => a.id)).to.deep.equal(['a']);
    expect(filterAnnotations(list, { text: 'SEAL' }).map((a) => a.id)).to.deep.equal(['c']);
    expect(filterAnnotations(list, {})).to.have.length(3);
  });

  it('lists the motivations and tags present, and the text of an annotation', () => {
    expect(distinct(list, 'motivations')).to.deep.equal(['commenting', 'supplementing', 'tagging']);
    expect(distinct(list, 'tags')).to.deep.equal(['figure', 'seal']);
    expect(annotationText(list[0])).to.equal('A red Mark');
  });
});
