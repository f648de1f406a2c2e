// Init script, run in every frame before the page's own scripts: one measure of "tile drawn" for every viewer.
// A tile is an image fetched from a fixture image service (/fixtures/images/...). Pixels are followed from the
// tile image into whatever holds them (an off-screen canvas, a WebGL texture's canvas, an ImageBitmap) until they
// reach a canvas in the document, or until a tile <img> enters an OpenSeadragon HTML drawer.
(() => {
  const TILE_URL = /\/fixtures\/images\/[^/]+\/(iiif[23]\/(?!info\.json).+|page\.jpg)/;
  const bench = { firstDrawn: null, lastNewTile: null, newTiles: 0, longTaskMs: 0, paths: [] };
  Object.defineProperty(window, '__bench', { value: bench });

  const holdsTile = new WeakSet();
  const counted = new WeakSet();

  const urlOf = (source) => (source instanceof HTMLImageElement ? source.currentSrc || source.src : '');
  const isTile = (source) => holdsTile.has(source) || TILE_URL.test(urlOf(source));
  const onScreen = (canvas) => canvas instanceof HTMLCanvasElement && canvas.isConnected;

  function note(path, source) {
    if (!bench.paths.includes(path)) bench.paths.push(path);
    if (source instanceof HTMLCanvasElement || source instanceof OffscreenCanvas || counted.has(source)) return;
    counted.add(source);
    bench.newTiles += 1;
    bench.lastNewTile = performance.now();
  }

  function reached(canvas) {
    if (onScreen(canvas)) bench.firstDrawn ??= performance.now();
    else holdsTile.add(canvas);
  }

  function wrap(prototype, name, after) {
    const original = prototype?.[name];
    if (!original) return;
    prototype[name] = function (...args) {
      const result = original.apply(this, args);
      after.call(this, args, result);
      return result;
    };
  }

  for (const context of [window.CanvasRenderingContext2D, window.OffscreenCanvasRenderingContext2D]) {
    wrap(context?.prototype, 'drawImage', function ([source]) {
      if (!isTile(source)) return;
      note('2d', source);
      reached(this.canvas);
    });
  }
  for (const context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    for (const upload of ['texImage2D', 'texSubImage2D']) {
      wrap(context?.prototype, upload, function (args) {
        const source = args.at(-1);
        if (!isTile(source)) return;
        note('webgl', source);
        holdsTile.add(this.canvas);
      });
    }
    for (const draw of ['drawArrays', 'drawElements']) {
      wrap(context?.prototype, draw, function () {
        if (holdsTile.has(this.canvas)) reached(this.canvas);
      });
    }
  }
  wrap(window, 'createImageBitmap', function ([source], promise) {
    if (isTile(source)) promise.then((bitmap) => holdsTile.add(bitmap));
  });

  const htmlDrawer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.closest('.openseadragon-canvas')) continue;
        for (const image of [node, ...node.querySelectorAll('img')]) {
          if (!(image instanceof HTMLImageElement) || !isTile(image)) continue;
          note('img', image);
          bench.firstDrawn ??= performance.now();
        }
      }
    }
  });
  const watch = (root) => htmlDrawer.observe(root, { childList: true, subtree: true });
  watch(document);
  wrap(Element.prototype, 'attachShadow', (_args, root) => watch(root));

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTaskMs += entry.duration;
  }).observe({ type: 'longtask', buffered: true });
})();
