import { css, unsafeCSS } from 'lit';
import { token } from '../styles/tokens.js';

/** The distance in em from one item's top to the next one's; the virtualiser and the CSS share it. */
export const ITEM_PITCH_EM = 5;
const ITEM_GAP_EM = 0.375;

export const collectionBrowserStyles = css`
  :host {
    --_pitch: ${unsafeCSS(ITEM_PITCH_EM)}em;
    --_gap: ${unsafeCSS(ITEM_GAP_EM)}em;
    /* Nothing the page sets reaches past here, as in the window. */
    all: initial;
    /* Except the page's light or dark scheme, which picks the tokens' colours. */
    color-scheme: inherit;
    display: block;
    overflow: auto;
    font-family: ${token('font')};
    font-size: ${token('font-size')};
    line-height: 1.4;
    color: ${token('color')};
    background: ${token('background')};
  }
  :host([hidden]) {
    display: none;
  }
  .browser {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    max-width: 48em;
    margin: 0 auto;
    padding: 1em;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    font-size: 0.875em;
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol li + li::before {
    content: '/';
    padding: 0 0.5em;
    color: color-mix(in srgb, currentColor 70%, transparent);
  }
  ol li[aria-current] {
    font-weight: 600;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid ${token('accent')};
  }
  p {
    margin: 0;
  }
  .error {
    color: ${token('error-color')};
  }
  /* Only the items near the view are rendered, each placed where it would be in the whole list. */
  ul {
    position: relative;
    flex-shrink: 0;
    height: max(0px, calc(var(--_count) * var(--_pitch) - var(--_gap)));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul li {
    position: absolute;
    inset-inline: 0;
    top: calc(var(--_index) * var(--_pitch));
    height: calc(var(--_pitch) - var(--_gap));
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part~='up'],
  [part~='crumb'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.25em 0.5em;
    border: 1px solid ${token('border')};
    border-radius: 0.375em;
    background: ${token('surface')};
  }
  [part~='crumb'] {
    border: 0;
    background: transparent;
    text-decoration: underline;
  }
  [part~='item'] {
    display: grid;
    grid-template-columns: 3.5em 1fr auto;
    align-items: center;
    gap: 0.75em;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid ${token('border')};
    border-radius: 0.5em;
    background: ${token('surface')};
    text-align: start;
  }
  [part~='item']:hover {
    border-color: ${token('accent')};
  }
  [part~='item'][aria-busy='true'] {
    opacity: 0.6;
  }
  button:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 2px;
  }
  img,
  .icon {
    width: 3.5em;
    height: 3.5em;
    object-fit: contain;
  }
  .icon {
    display: grid;
    place-items: center;
    border-radius: 0.375em;
    background: ${token('thumbnail-background')};
    color: ${token('accent')};
  }
  /* Two lines at most, so that every item is as tall as the virtualiser expects. */
  .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .kind {
    font-size: 0.8125em;
    color: color-mix(in srgb, currentColor 70%, transparent);
  }
`;
