import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { token } from '../styles/tokens.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

export const workspaceStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    all: initial;
    /* Except the page's light or dark scheme, which picks the tokens' colours. */
    color-scheme: inherit;
    display: block;
    height: ${token('height')};
    font-size: ${token('font-size')};
    line-height: 1.4;
    font-family: ${token('font')};
    color: ${token('color')};
    background: ${token('background')};
  }
  .workspace {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    border: 1px solid ${token('border')};
    box-sizing: border-box;
  }
  /* Focusable only so that a click anywhere takes the focus, and a paste after it reaches the workspace. */
  .workspace:focus {
    outline: none;
  }
  .workspace.drop {
    outline: 0.2em dashed ${token('accent')};
    outline-offset: -0.2em;
  }
  .toolbar,
  .add form {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.5em;
    background: ${token('surface')};
  }
  .mosaic {
    flex: 1;
    min-height: 0;
    display: flex;
  }
  .mosaic > *,
  .side > * {
    flex: 1;
    min-width: 0;
    min-height: 0;
  }
  .split {
    display: flex;
    min-width: 0;
    min-height: 0;
  }
  .split.column {
    flex-direction: column;
  }
  .side {
    display: flex;
    flex-basis: 0;
    min-width: 0;
    min-height: 0;
  }
  .separator {
    flex: 0 0 0.4em;
    background: ${token('border')};
    cursor: col-resize;
    touch-action: none;
  }
  .column > .separator {
    cursor: row-resize;
  }
  .separator:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 0.15em solid ${token('accent')};
    outline-offset: 0.1em;
  }
  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    border: 0.15em solid transparent;
  }
  .tile.focused {
    border-color: ${token('border')};
  }
  .tile.linked {
    border-color: var(--_group-colour);
  }
  .group-1 { --_group-colour: #c2410c; }
  .group-2 { --_group-colour: #15803d; }
  .group-3 { --_group-colour: #7e22ce; }
  .group-0 { --_group-colour: #0e7490; }
  .tile.drop {
    outline: 0.2em dashed ${token('accent')};
    outline-offset: -0.2em;
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .grip {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 2.25em;
    border-radius: 0.375em;
    cursor: grab;
  }
  .grip:focus-visible,
  .controls button:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
  .badge {
    padding: 0 0.4em;
    border-radius: 0.3em;
    color: #fff;
    background: var(--_group-colour);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .hint {
    font-size: 0.85em;
  }
  .hint:empty {
    display: none;
  }
  .controls button,
  .error button {
    ${iconButtonLook}
  }
  .controls button:hover {
    background: ${token('accent-background')};
  }
  .controls button[aria-pressed='true'] {
    color: var(--_group-colour, ${token('accent')});
  }
  .menu-anchor {
    position: relative;
  }
  .menu {
    position: absolute;
    top: 100%;
    inset-inline-end: 0;
    z-index: 5;
    display: flex;
    flex-direction: column;
    min-width: 16em;
    padding: 0.25em;
    border-radius: 0.375em;
    background: ${token('background')};
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  .controls .menu button {
    display: flex;
    gap: 0.5em;
    justify-content: flex-start;
    width: auto;
    padding: 0 0.5em;
    white-space: nowrap;
  }
  vellum-window {
    flex: 1;
    min-height: 0;
  }
  vellum-window::part(title) {
    font-weight: 600;
  }
  .empty {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    padding: 1em;
    text-align: center;
  }
  .empty h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .drop-hint {
    position: absolute;
    inset: auto 0 0 0;
    padding: 0.5em;
    text-align: center;
    background: ${token('accent')};
    color: ${token('background')};
    pointer-events: none;
  }
  .error {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 0.25em 0.5em;
    background: ${token('error-background')};
    color: ${token('error-color')};
  }
  .add {
    border-top: 1px solid ${token('border')};
  }
  .add label {
    display: flex;
    flex: 1;
    align-items: center;
    gap: 0.5em;
  }
  .add input {
    flex: 1;
    min-width: 0;
    font: inherit;
  }
  .list {
    padding: 0 0.5em 0.25em;
  }
  vellum-collection-browser {
    max-height: 40vh;
    font-size: 0.9em;
  }
  .list h3 {
    margin: 0.25em 0;
    font-size: 0.9em;
  }
  .list ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list button {
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
`,
];
