/** Annotorious's drawing layer, and the handles of a selected shape, made focusable with roles but no names. */
const annotoriousFocusables = '.a9s-annotationlayer, .a9s-annotationlayer [role="button"]';

/**
 * Keeps Annotorious's layer and handles out of the tab order and the accessibility tree: they do nothing from the
 * keyboard, where the editor's form places and sizes a shape instead, and the image keeps its one accessible name.
 * Handles come and go with the selection, so new ones are quietened as they appear. Returns the function that stops.
 */
export function quietAnnotoriousFocus(container: HTMLElement): () => void {
  const quieten = () => {
    for (const element of container.querySelectorAll(annotoriousFocusables)) {
      element.removeAttribute('role');
      element.setAttribute('tabindex', '-1');
    }
  };
  quieten();
  const observer = new MutationObserver(quieten);
  observer.observe(container, { childList: true, subtree: true });
  return () => observer.disconnect();
}
