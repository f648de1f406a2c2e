/** Annotorious reads `process.env.NODE_ENV`, which bundlers define and the test runner does not: import this first in tests. */
(globalThis as { process?: unknown }).process ??= { env: { NODE_ENV: 'test' } };

/** Annotorious's layers resize inside a ResizeObserver callback; the browser reports that loop as a harmless error, which is not a test failure. */
window.addEventListener(
  'error',
  (event) => {
    if (event.message.includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

/** Annotorious's stylesheets as `editorStyleSheet` gives them, read from the packages (the test runner cannot import CSS). */
export async function editorStylesForTests(): Promise<CSSStyleSheet> {
  const base = '/packages/annotations/node_modules/@annotorious';
  const files = [`${base}/openseadragon/dist/annotorious-openseadragon.css`, `${base}/plugin-tools/dist/annotorious-plugin-tools.css`];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync((await Promise.all(files.map((file) => fetch(file).then((response) => response.text())))).join('\n'));
  return sheet;
}
