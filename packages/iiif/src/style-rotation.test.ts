import { expect } from '@esm-bundle/chai';
import { styleClassRotation } from './style-rotation.js';

const annotation = (value: string) => ({ stylesheet: { type: 'CssStylesheet', value } });

describe('styleClassRotation', () => {
  it('reads the quarter turn of the body class transform, and nothing else of the CSS', () => {
    const sheet = annotation('.other { transform: rotate(180deg) } .rotated { transform-origin: 761px 1344px; transform: rotate(90deg) translateY(-582px); }');
    expect(styleClassRotation(sheet, { styleClass: 'rotated' })).to.equal(90);
    expect(styleClassRotation(sheet, { styleClass: 'plain other' })).to.equal(180);
    expect(styleClassRotation(annotation('.turned { transform: rotate(-90deg) }'), { styleClass: 'turned' })).to.equal(270);
  });

  it('is 0 without a class, a matching rule, a rotate() or an inline stylesheet', () => {
    expect(styleClassRotation(annotation('.rotated { transform: rotate(90deg) }'), {})).to.equal(0);
    expect(styleClassRotation(annotation('.rotated { transform: rotate(90deg) }'), { styleClass: 'other' })).to.equal(0);
    expect(styleClassRotation(annotation('.rotated { color: red; transform-origin: 0 0 }'), { styleClass: 'rotated' })).to.equal(0);
    expect(styleClassRotation({ stylesheet: 'https://example.org/style.css' }, { styleClass: 'rotated' })).to.equal(0);
  });

  it('ignores class names that are not plain CSS identifiers', () => {
    const sheet = annotation('.a { transform: rotate(90deg) } .b { transform: rotate(180deg) }');
    expect(styleClassRotation(sheet, { styleClass: '.a|.b' })).to.equal(0);
    expect(styleClassRotation(sheet, { styleClass: 'a{' })).to.equal(0);
  });
});
