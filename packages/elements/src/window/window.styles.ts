import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { token } from '../styles/tokens.js';

export const windowStyles = css`
  :host {
    /* Nothing the page sets (inherited font size, colour, visibility; its root font size) reaches past here. */
    all: initial;
    /* Except the page's light or dark scheme, which picks the tokens' colours. */
    color-scheme: inherit;
    display: block;
    font-size: ${token('font-size')};
    line-height: 1.4;
    height: 100%;
    min-height: 0;
    container-type: inline-size;
    font-family: ${token('font')};
    color: ${token('color')};
    background: ${token('background')};
  }
  .window {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  header[part='header'],
  nav {
    display: flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.25em 0.5em;
    background: ${token('surface')};
  }
  header[part='header'] {
    position: relative;
    flex-wrap: wrap;
  }
  .more {
    position: absolute;
    top: 100%;
    inset-inline-end: 0.5em;
    z-index: 3;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    max-width: calc(100% - 1em);
    padding: 0.25em;
    background: ${token('surface')};
    border: 1px solid rgb(0 0 0 / 0.2);
    border-radius: 0 0 0.25em 0.25em;
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.2);
  }
  .more[hidden] {
    display: none;
  }
  .title {
    flex: 1 1 6em;
    min-width: 0;
    margin: 0;
    font-size: 1em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
    display: flex;
  }
  .stage {
    position: relative;
    flex: 1;
    min-width: 0;
    container: stage / size;
  }
  vellum-deep-zoom,
  vellum-annotation-editor {
    position: absolute;
    inset: 0;
  }
  vellum-info-panel,
  vellum-adjustments-panel,
  vellum-layers-panel,
  vellum-annotations-panel,
  vellum-search-panel {
    flex: 0 0 min(22em, 40%);
    border-inline-start: 1px solid ${token('border')};
  }
  vellum-contents-panel {
    flex: 0 0 min(18em, 35%);
    border-inline-end: 1px solid ${token('border')};
  }
  .stage > [part='view'] {
    position: absolute;
    inset: 0;
  }
  .auth {
    position: absolute;
    inset: 0;
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 2em;
    text-align: center;
    background: ${token('canvas-background')};
    color: ${token('canvas-color')};
  }
  .auth h3 {
    margin: 0;
  }
  .auth .substitute {
    max-width: 60%;
    max-height: 50%;
    object-fit: contain;
  }
  .auth p {
    margin: 0;
    max-width: 36em;
  }
  .logout {
    position: absolute;
    top: 0.5em;
    inset-inline-start: 0.5em;
    z-index: 1;
  }
  .auth button,
  .logout {
    width: auto;
    padding: 0 0.875em;
    background: ${token('control-background')};
    color: ${token('color')};
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
    white-space: nowrap;
  }
  .toolbar {
    position: absolute;
    top: 0.5em;
    inset-inline-end: 0.5em;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .toolbar button {
    background: ${token('control-background')};
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  }
  /* Previous and next sit as the book reads (see navBar), whatever the direction of the chrome. */
  nav {
    direction: ltr;
    justify-content: space-between;
  }
  /* Each text takes the direction of its first strong letter: "٣ من ١٢" reads right to left inside the bar. */
  .where > * {
    unicode-bidi: plaintext;
  }
  .where {
    display: flex;
    flex: 1;
    min-width: 0;
    justify-content: center;
    gap: 0.5em;
    font-size: 0.875em;
  }
  .canvas-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  button {
    ${iconButtonLook}
  }
  button:hover:not(:disabled) {
    background: ${token('accent-background')};
  }
  button[aria-pressed='true'] {
    color: ${token('accent')};
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
  .popup {
    position: absolute;
    top: 2.75em;
    inset-inline-end: 0.5em;
    z-index: 2;
    max-width: min(22em, calc(100% - 1em));
    max-height: calc(100% - 3.25em);
    overflow: auto;
    box-sizing: border-box;
    padding: 0.5em 0.75em;
    border-radius: 0.375em;
    background: ${token('background')};
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    font-size: 0.8125em;
  }
  .popup header {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .popup h3 {
    margin: 0;
    font-size: 0.9375em;
  }
  .popup dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  .popup dd {
    margin: 0;
  }
  kbd {
    padding: 0 0.25em;
    border: 1px solid ${token('border')};
    border-radius: 0.25em;
    font-family: inherit;
    font-size: 0.75em;
  }
  .message {
    display: grid;
    place-content: center;
    gap: 0.5em;
    height: 100%;
    padding: 1em;
    text-align: center;
  }
  .error {
    color: ${token('error-color')};
  }
  .skeleton {
    width: min(12em, 60vw);
    height: 8em;
    margin: auto;
    border-radius: 0.375em;
    background: linear-gradient(90deg, ${token('thumbnail-background')}, ${token('surface')}, ${token('thumbnail-background')});
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @container (max-width: 600px) {
    vellum-info-panel,
    vellum-adjustments-panel,
    vellum-layers-panel,
    vellum-contents-panel,
    vellum-annotations-panel,
    vellum-search-panel {
      position: absolute;
      inset: 0;
      z-index: 1;
      border-inline-start: 0;
    }
  }
  @container stage (max-height: 12em) {
    .toolbar {
      flex-direction: row;
    }
  }
  @container (max-width: 420px) {
    .canvas-label {
      display: none;
    }
    .title {
      flex-basis: 3em;
    }
    .toolbar {
      top: 0.25em;
      inset-inline-end: 0.25em;
    }
    button {
      width: 2em;
      height: 2em;
    }
  }
`;
