import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const contentsPanelStyles = [
  sidePanelStyles,
  css`
  ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  ul ul {
    padding-inline-start: 1em;
  }
  [part~='entry'] {
    display: block;
    width: 100%;
    padding: 0.25em 0.5em;
    border: 0;
    border-radius: 0.25em;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part~='entry']:hover {
    background: ${token('accent-background')};
  }
  [part~='current'] {
    background: color-mix(in srgb, ${token('accent')} 20%, transparent);
    font-weight: 600;
  }
  [part~='entry']:focus-visible {
    outline: 2px solid ${token('accent')};
  }
  header button {
    ${iconButtonLook}
  }
  button:focus-visible {
    outline: 2px solid ${token('accent')};
  }
`,
];
