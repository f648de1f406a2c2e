import { expect } from '@esm-bundle/chai';
import { buttonNamed, deepQuery, fixture, mountViewer, nextEvent, partText, unmountAll, waitFor, windowOf } from '../testing/viewer-harness.js';

const BOOK = fixture('manifests/book.json');

async function loadedBook(attributes: Record<string, string>) {
  const viewer = mountViewer({ manifest: BOOK, view: 'detail', ...attributes });
  await nextEvent(viewer, 'vellum-manifest-load');
  await windowOf(viewer).updateComplete;
  return viewer;
}

/** The horizontal middle of an element on screen. */
const middleOf = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('<vellum-viewer> in the reader language', () => {
  afterEach(unmountAll);

  it('speaks French with language="fr"', async () => {
    const viewer = await loadedBook({ language: 'fr' });
    await waitFor(() => partText(viewer, 'position') === '1 sur 14', 'the French position');
    expect(buttonNamed(viewer, 'Suivant')).to.exist;
    expect(buttonNamed(viewer, 'Zoom avant')).to.exist;
    expect(viewer.getAttribute('dir')).to.equal('ltr');
    expect(viewer.getAttribute('lang'), 'the chrome says it is French, for screen readers').to.equal('fr');
  });

  it('speaks Simplified Chinese to a zh reader and Traditional Chinese to a zh-Hant-TW reader', async () => {
    const simplified = await loadedBook({ language: 'zh' });
    await waitFor(() => partText(simplified, 'position') !== '1 of 14', 'a Simplified Chinese position');
    const traditional = await loadedBook({ language: 'zh-Hant-TW' });
    await waitFor(() => partText(traditional, 'position') !== '1 of 14', 'a Traditional Chinese position');
    const nextOf = (viewer: HTMLElement) => deepQuery(viewer.shadowRoot!, '[part~="nav"] button:last-of-type')!.getAttribute('aria-label');
    expect(nextOf(simplified)).to.not.equal('Next');
    expect(nextOf(traditional)).to.not.equal('Next');
    expect(nextOf(simplified)).to.not.equal(nextOf(traditional));
  });

  it('mirrors the chrome for an Arabic reader: the title starts on the right, the buttons follow to its left', async () => {
    const viewer = await loadedBook({ language: 'ar' });
    await waitFor(() => viewer.getAttribute('dir') === 'rtl', 'the chrome turned right to left');
    expect(viewer.getAttribute('lang')).to.equal('ar');
    const title = deepQuery(viewer.shadowRoot!, '[part~="title"]')!;
    const header = deepQuery(viewer.shadowRoot!, '[part~="header"]')!;
    const firstButton = deepQuery(header, 'button, vellum-view-menu')!;
    expect(middleOf(title)).to.be.greaterThan(middleOf(firstButton));
    const surface = deepQuery(viewer.shadowRoot!, '[part~="surface"]')!;
    expect(getComputedStyle(surface).direction).to.equal('ltr');
  });
});
