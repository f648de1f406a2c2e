import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const layersPanelStyles = [
  sidePanelStyles,
  css`
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0.5em;
    border: 1px solid ${token('border')};
    border-radius: 0.375em;
  }
  legend {
    font-weight: 600;
  }
  input[type='range'] {
    width: 100%;
    margin: 0;
    accent-color: ${token('accent')};
  }
  button {
    ${iconButtonLook}
  }
  button:focus-visible {
    outline: 2px solid ${token('accent')};
  }
`,
];
