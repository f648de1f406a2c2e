import { css } from 'lit';

export const workspaceStyles = css`
  :host {
    all: initial;
    display: block;
    height: var(--vellum-height, 600px);
    font-size: var(--vellum-font-size, 16px);
    line-height: 1.4;
    font-family: var(--vellum-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--vellum-color, #1f1f1f);
    background: var(--vellum-background, #fff);
  }
  .workspace {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    border: 1px solid var(--vellum-border, #d6d3cc);
    box-sizing: border-box;
  }
  .workspace.drop {
    outline: 0.2em dashed var(--vellum-accent, #2f5fb3);
    outline-offset: -0.2em;
  }
  .toolbar,
  .add form {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.5em;
    background: var(--vellum-surface, #f2f1ee);
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
    background: var(--vellum-border, #d6d3cc);
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
    outline: 0.15em solid var(--vellum-accent, #2f5fb3);
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
    border-color: var(--vellum-border, #d6d3cc);
  }
  .tile.linked {
    border-color: var(--group-colour);
  }
  .group-1 { --group-colour: #c2410c; }
  .group-2 { --group-colour: #15803d; }
  .group-3 { --group-colour: #7e22ce; }
  .group-0 { --group-colour: #0e7490; }
  .tile.drop {
    outline: 0.2em dashed var(--vellum-accent, #2f5fb3);
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
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
  .badge {
    padding: 0 0.4em;
    border-radius: 0.3em;
    color: #fff;
    background: var(--group-colour);
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
    display: inline-grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    border: 0;
    border-radius: 0.375em;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .controls button:hover {
    background: color-mix(in srgb, var(--vellum-accent, #2457c5) 12%, transparent);
  }
  .controls button[aria-pressed='true'] {
    color: var(--group-colour, var(--vellum-accent, #2f5fb3));
  }
  .menu-anchor {
    position: relative;
  }
  .menu {
    position: absolute;
    top: 100%;
    right: 0;
    z-index: 5;
    display: flex;
    flex-direction: column;
    min-width: 16em;
    padding: 0.25em;
    border-radius: 0.375em;
    background: var(--vellum-background, #fff);
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
    background: var(--vellum-accent, #2f5fb3);
    color: #fff;
    pointer-events: none;
  }
  .error {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 0.25em 0.5em;
    background: #fde8e8;
    color: #8a1c1c;
  }
  .add {
    border-top: 1px solid var(--vellum-border, #d6d3cc);
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
`;
