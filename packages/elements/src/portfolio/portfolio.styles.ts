import { css, unsafeCSS } from 'lit';
import { token } from '../styles/tokens.js';
import { LABEL_HEIGHT } from './portfolio-grid.js';

export const portfolioStyles = css`
  :host {
    --_label-height: ${unsafeCSS(LABEL_HEIGHT)}px;
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    background: ${token('portfolio-background')};
    color: ${token('color')};
  }
  [part~='sizes'] {
    display: flex;
    gap: 0.25em;
    align-items: center;
    padding: 0.375em 0.5em;
    font-size: 0.875em;
  }
  [part~='sizes'] button {
    font: inherit;
    padding: 0.25em 0.75em;
    border: 1px solid ${token('border')};
    border-radius: 0.25em;
    background: ${token('background')};
    color: inherit;
    cursor: pointer;
  }
  [part~='sizes'] button[aria-pressed='true'] {
    background: ${token('accent')};
    border-color: ${token('accent')};
    color: ${token('background')};
  }
  /* Thumbnails are placed and scrolled as the book reads, whatever the direction of the chrome. */
  [role='listbox'] {
    direction: ltr;
    position: relative;
    flex: 1;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
  }
  [role='listbox']:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: -2px;
  }
  .track {
    position: relative;
  }
  [role='option'] {
    position: absolute;
    box-sizing: border-box;
    padding: 0.375em;
    display: flex;
    flex-direction: column;
    align-items: center;
    cursor: pointer;
    contain: strict;
  }
  .frame {
    box-sizing: border-box;
    width: 100%;
    flex: 1;
    min-height: 0;
  }
  .label {
    height: var(--_label-height);
    line-height: var(--_label-height);
    font-size: 0.8125em;
  }
`;
