import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undocumented } from './undocumented.mjs';

const element = (fields) => ({ kind: 'class', name: 'VellumThing', customElement: true, tagName: 'vellum-thing', description: 'A thing.', ...fields });
const manifestOf = (...declarations) => ({ modules: [{ path: 'src/thing.ts', declarations }] });

describe('undocumented', () => {
  it('accepts an element whose every public feature is described', () => {
    const thing = element({
      attributes: [{ name: 'size', description: 'How big.' }],
      members: [{ kind: 'field', name: 'size', description: 'How big.' }, { kind: 'field', name: 'cache', privacy: 'private' }, { kind: 'method', name: 'grow' }],
      events: [{ name: 'vellum-grow', description: 'It grew.' }],
      cssParts: [{ name: 'surface', description: 'The surface.' }],
      cssProperties: [{ name: '--vellum-thing-colour', description: 'Its colour.' }],
    });
    assert.deepEqual(undocumented(manifestOf(thing)), []);
  });

  it('lists the element and each feature without a description', () => {
    const thing = element({
      description: '',
      attributes: [{ name: 'size' }],
      members: [{ kind: 'field', name: 'size' }],
      events: [{ type: { text: 'VellumGrowEvent' } }],
      slots: [{ name: '' }],
      cssParts: [{ name: 'surface' }],
      cssProperties: [{ name: '--vellum-thing-colour', description: ' ' }],
    });
    assert.deepEqual(undocumented(manifestOf(thing)), [
      'src/thing.ts <vellum-thing>',
      'src/thing.ts <vellum-thing>: attribute size',
      'src/thing.ts <vellum-thing>: property size',
      'src/thing.ts <vellum-thing>: event of type VellumGrowEvent',
      'src/thing.ts <vellum-thing>: slot ',
      'src/thing.ts <vellum-thing>: CSS part surface',
      'src/thing.ts <vellum-thing>: CSS custom property --vellum-thing-colour',
    ]);
  });

  it('names an inherited gap once, after the class it comes from', () => {
    const inheritedFrom = { name: 'WindowView', module: 'src/window-view.ts' };
    const one = element({ members: [{ kind: 'field', name: 'windowId', inheritedFrom }] });
    const two = element({ name: 'VellumOther', tagName: 'vellum-other', members: [{ kind: 'field', name: 'windowId', inheritedFrom }] });
    assert.deepEqual(undocumented(manifestOf(one, two)), ['src/window-view.ts WindowView: property windowId']);
  });

  it('ignores classes that are not defined as elements', () => {
    assert.deepEqual(undocumented(manifestOf({ kind: 'class', name: 'WindowView', customElement: true, members: [{ kind: 'field', name: 'windowId' }] })), []);
  });
});
