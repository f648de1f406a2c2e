/**
 * One minimal page per viewer, as its own documentation says to embed it from its npm package.
 * Every page fills a 1280 x 800 window; `windows` > 1 puts that many views in a grid (Mirador: its own workspace).
 * The OpenSeadragon floor uses the canvas drawer, as Vellum's drawer policy does where WebGL is software-rendered.
 */

const OSD = '/npm/openseadragon/build/openseadragon';

const html = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>
  html, body { margin: 0; height: 100%; overflow: hidden; }
  .grid { display: grid; height: 100%; gap: 2px; grid-template-columns: repeat(var(--columns), 1fr); }
  .grid > * { min-width: 0; min-height: 0; width: 100%; height: 100%; display: block; box-sizing: border-box; }
</style>
${head}</head><body>${body}</body></html>`;

const grid = (windows, cell) =>
  `<div class="grid" style="--columns: ${Math.ceil(Math.sqrt(windows))}">${Array.from({ length: windows }, (_, index) => cell(index)).join('')}</div>`;

const attribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** name -> { label, multiWindow, page({ manifest, info, windows }) } */
export const VIEWERS = {
  vellum: {
    label: 'Vellum',
    multiWindow: true,
    page: ({ manifest, windows }) =>
      html(
        '<script type="module" src="/vellum/vellum.js"></script><style>vellum-viewer { --vellum-height: 100%; }</style>',
        grid(windows, () => `<vellum-viewer manifest="${attribute(manifest)}"></vellum-viewer>`),
      ),
  },
  mirador: {
    label: 'Mirador',
    multiWindow: true,
    page: ({ manifest, windows }) =>
      html(
        '<script src="/npm/mirador/dist/mirador.min.js"></script>',
        `<div id="mirador" style="position: absolute; inset: 0"></div>
<script>Mirador.viewer({ id: 'mirador', windows: Array.from({ length: ${windows} }, () => ({ manifestId: ${JSON.stringify(manifest)} })) });</script>`,
      ),
  },
  uv: {
    label: 'Universal Viewer',
    page: ({ manifest }) =>
      html(
        '<link rel="stylesheet" href="/npm/universalviewer/dist/uv.css"><script src="/npm/universalviewer/dist/umd/UV.js"></script>',
        `<div id="uv" class="uv" style="width: 100%; height: 100%"></div>
<script>UV.init('uv', { manifest: ${JSON.stringify(manifest)} });</script>`,
      ),
  },
  tify: {
    label: 'TIFY',
    page: ({ manifest }) =>
      html(
        '<link rel="stylesheet" href="/npm/tify/dist/tify.css">',
        `<div id="tify" style="height: 100%"></div>
<script type="module">import Tify from '/npm/tify/dist/tify.js'; new Tify({ container: '#tify', manifestUrl: ${JSON.stringify(manifest)} });</script>`,
      ),
  },
  triiiceratops: {
    label: 'Triiiceratops',
    page: ({ manifest }) =>
      html(
        '<link rel="stylesheet" href="/npm/triiiceratops/dist/triiiceratops-element.css"><script src="/npm/triiiceratops/dist/triiiceratops-element.iife.js"></script>',
        `<triiiceratops-viewer manifest-id="${attribute(manifest)}" style="display: block; width: 100%; height: 100%"></triiiceratops-viewer>`,
      ),
  },
  openseadragon: {
    label: 'OpenSeadragon (floor)',
    multiWindow: true,
    page: ({ info, windows }) =>
      html(
        `<script src="${OSD}/openseadragon.min.js"></script>`,
        `${grid(windows, (index) => `<div id="osd-${index}"></div>`)}
<script>for (let index = 0; index < ${windows}; index++) OpenSeadragon({ id: 'osd-' + index, prefixUrl: '${OSD}/images/', drawer: 'canvas', tileSources: ${JSON.stringify(info)} });</script>`,
      ),
  },
};

/** The page of one viewer, or null for an unknown name. */
export function viewerPage(name, { manifest = '', info = '', windows = '1' }) {
  return VIEWERS[name]?.page({ manifest, info, windows: Math.max(1, Number(windows) || 1) }) ?? null;
}
