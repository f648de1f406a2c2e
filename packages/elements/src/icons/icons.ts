import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const icons = {
  previous: icon(svg`<path d="M15 6l-6 6 6 6"/>`),
  next: icon(svg`<path d="M9 6l6 6-6 6"/>`),
  zoomIn: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M11 8v6M8 11h6M16 16l5 5"/>`),
  zoomOut: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M8 11h6M16 16l5 5"/>`),
  home: icon(svg`<path d="M3 11l9-8 9 8"/><path d="M5 10v10h14V10"/>`),
  rotate: icon(svg`<path d="M20 12a8 8 0 1 1-3-6.2"/><path d="M20 3v6h-6"/>`),
  fullscreen: icon(svg`<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/>`),
  exitFullscreen: icon(svg`<path d="M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5"/>`),
  info: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>`),
  thumbnails: icon(svg`<rect x="3" y="3" width="7" height="7"/><rect x="14" y="3" width="7" height="7"/><rect x="3" y="14" width="7" height="7"/><rect x="14" y="14" width="7" height="7"/>`),
  help: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17v.5"/>`),
  rotateLeft: icon(svg`<path d="M4 12a8 8 0 1 0 3-6.2"/><path d="M4 3v6h6"/>`),
  flip: icon(svg`<path d="M12 3v18"/><path d="M8 7L3 12l5 5zM16 7l5 5-5 5z"/>`),
  adjustments: icon(svg`<path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0"/><circle cx="16" cy="6" r="2"/><circle cx="10" cy="12" r="2"/><circle cx="18" cy="18" r="2"/>`),
  reset: icon(svg`<path d="M4 12a8 8 0 1 0 2.3-5.7"/><path d="M4 4v5h5"/>`),
  grip: icon(svg`<path d="M9 5v.5M15 5v.5M9 12v.5M15 12v.5M9 19v.5M15 19v.5"/>`),
  share: icon(svg`<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6"/>`),
  copy: icon(svg`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a1 1 0 0 1 1-1h9"/>`),
  views: icon(svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18M10 9v11"/>`),
  offset: icon(svg`<rect x="3" y="10" width="8" height="11" rx="1"/><rect x="13" y="10" width="8" height="11" rx="1"/><path d="M6 5h12M15 2l3 3-3 3"/>`),
  contents: icon(svg`<path d="M8 6h13M8 12h13M8 18h13M3 6h.5M3 12h.5M3 18h.5"/>`),
  layers: icon(svg`<path d="M12 3l9 5-9 5-9-5z"/><path d="M3 13l9 5 9-5"/>`),
  navigator: icon(svg`<rect x="3" y="3" width="18" height="18" rx="1"/><rect x="12" y="12" width="7" height="7"/>`),
  collection: icon(svg`<path d="M3 7h6l2 2h10v10H3z"/><path d="M3 7V5h6l2 2"/>`),
  manifest: icon(svg`<path d="M5 4h11l3 3v13H5z"/><path d="M9 10h6M9 14h6"/>`),
  more: icon(svg`<path d="M5 12h.5M12 12h.5M19 12h.5" stroke-width="3"/>`),
  close: icon(svg`<path d="M6 6l12 12M18 6L6 18"/>`),
  annotations: icon(svg`<path d="M4 4h16v12H9l-5 4z"/><path d="M8 8h8M8 12h5"/>`),
  download: icon(svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`),
  warning: icon(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>`),
  creativeCommons: icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M10.5 9.8a3 3 0 1 0 0 4.4M17 9.8a3 3 0 1 0 0 4.4" transform="translate(-1.5 0)"/>`),
  rightsStatement: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M7 15V9h2.5a1.5 1.5 0 0 1 0 3H7M10 15l-1.5-3M14 14.5c.5.4 1.1.5 1.7.5 1 0 1.8-.5 1.8-1.3 0-1.8-3.5-1-3.5-2.9 0-.7.7-1.3 1.7-1.3.6 0 1.1.2 1.5.5"/>`),
};
