import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';

export const layersPanelStyles = [
  sidePanelStyles,
  css`
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0.5em;
    border: 1px solid var(--vellum-border, #d6d3cc);
    border-radius: 0.375em;
  }
  legend {
    font-weight: 600;
  }
  input[type='range'] {
    width: 100%;
    margin: 0;
    accent-color: var(--vellum-accent, #2457c5);
  }
  button {
    ${iconButtonLook}
  }
  button:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
  }
`,
];
