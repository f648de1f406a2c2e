import { css } from 'lit';

/** The frame every side panel shares: a scrolling column with a titled header. */
export const sidePanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    overflow: auto;
    padding: 0.75em 1em;
    background: var(--vellum-panel-background, var(--vellum-background, #fff));
    color: var(--vellum-color, #1f1f1f);
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
