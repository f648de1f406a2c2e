import { css } from 'lit';
import { token } from './tokens.js';

/** The frame every side panel shares: a scrolling column with a titled header. */
export const sidePanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    overflow: auto;
    padding: 0.75em 1em;
    background: ${token('panel-background')};
    color: ${token('color')};
    font-size: 0.875em;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
`;
