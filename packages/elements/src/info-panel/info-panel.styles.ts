import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const infoPanelStyles = css`
  :host {
    display: block;
    overflow: auto;
    padding: 0.75em 1em;
    background: ${token('panel-background')};
    color: ${token('color')};
    font-size: 0.875em;
    line-height: 1.45;
  }
  header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .label {
    margin: 0;
    font-weight: 600;
    font-size: 0.9375em;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  dl {
    margin: 0;
  }
  dt {
    margin-top: 0.75em;
    font-weight: 600;
  }
  dd {
    margin: 0.125em 0 0;
    overflow-wrap: anywhere;
  }
  a {
    color: ${token('accent')};
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rights {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .logo {
    display: block;
    max-width: 10em;
    max-height: 4em;
    margin-top: 0.25em;
  }
  .value img {
    max-width: 100%;
  }
  button {
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    padding: 0;
    border: 0;
    border-radius: 0.25em;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
`;
