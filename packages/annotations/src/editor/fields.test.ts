import { expect } from '@esm-bundle/chai';
import type { W3CAnnotation } from '../store.js';
import { displayColour, fieldsOf, palette, parseTags, tagColour, withFields } from './fields.js';

const drawn: W3CAnnotation = {
  id: 'urn:uuid:1',
  type: 'Annotation',
  body: [{ type: 'TextualBody', purpose: 'describing', value: 'Kept' }],
  target: { source: { id: 'https://example.org/canvas/1', type: 'Canvas' }, selector: { type: 'FragmentSelector', value: 'xywh=pixel:1,2,3,4' } },
};

describe('editable fields', () => {
  it('writes a comment, tags and a colour as W3C bodies and a stylesheet class, and reads them back', () => {
    const edited = withFields(drawn, { comment: 'A figure', tags: ['lion', 'gold'], colour: '#1971C2' });
    expect(edited.body).to.deep.equal([
      { type: 'TextualBody', purpose: 'commenting', value: 'A figure', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'lion' },
      { type: 'TextualBody', purpose: 'tagging', value: 'gold' },
      { type: 'TextualBody', purpose: 'describing', value: 'Kept' },
    ]);
    expect(edited).to.include({ motivation: 'commenting' });
    expect(edited.target).to.include({ styleClass: 'vellum-colour-1971c2' });
    expect(edited.stylesheet).to.deep.equal({ type: 'CssStylesheet', value: '.vellum-colour-1971c2 { stroke: #1971C2; fill: #1971C2; }' });
    expect(fieldsOf(edited)).to.deep.equal({ comment: 'A figure', tags: ['lion', 'gold'], colour: '#1971c2' });
    expect(displayColour(edited)).to.equal('#1971c2');
  });

  it('removes what is cleared, and refuses a colour that is not #rrggbb', () => {
    const cleared = withFields(withFields(drawn, { comment: 'x', tags: ['a'], colour: '#ffffff' }), { comment: '', tags: [], colour: 'red' });
    expect(fieldsOf(cleared)).to.deep.equal({ comment: '', tags: [] });
    expect(cleared).not.to.have.property('stylesheet');
    expect(cleared.target).not.to.have.property('styleClass');
    expect(cleared.body).to.deep.equal(drawn.body);
  });

  it('colours an annotation without its own colour by its first tag, the same way every time', () => {
    const tagged = withFields(drawn, { comment: '', tags: ['lion'] });
    expect(tagged).to.include({ motivation: 'tagging' });
    expect(displayColour(tagged)).to.equal(tagColour('lion'));
    expect(palette).to.include(tagColour('lion'));
    expect(displayColour(drawn)).to.equal(palette[0]);
  });

  it('reads typed tags separated by commas, without blanks or repeats', () => {
    expect(parseTags(' lion, gold ,,lion ')).to.deep.equal(['lion', 'gold']);
    expect(parseTags('狮子，金色、狮子')).to.deep.equal(['狮子', '金色']);
    expect(parseTags('أسد، ذهب')).to.deep.equal(['أسد', 'ذهب']);
  });
});
