import { css, unsafeCSS } from 'lit';
import { LABEL_HEIGHT } from './portfolio-grid.js';

export const portfolioStyles = css`
  :host {
    --_label-height: ${unsafeCSS(LABEL_HEIGHT)}px;
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    background: var(--vellum-portfolio-background, var(--vellum-surface, #f2f1ee));
    color: var(--vellum-color, #1f1f1f);
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
    border: 1px solid var(--vellum-border, #b9b5ab);
    border-radius: 0.25em;
    background: var(--vellum-background, #fff);
    color: inherit;
    cursor: pointer;
  }
  [part~='sizes'] button[aria-pressed='true'] {
    background: var(--vellum-accent, #2457c5);
    border-color: var(--vellum-accent, #2457c5);
    color: #fff;
  }
  [role='listbox'] {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    outline: none;
  }
  [role='listbox']:focus-visible {
    box-shadow: inset 0 0 0 2px var(--vellum-accent, #2457c5);
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
    display: grid;
    place-items: center;
    box-sizing: border-box;
    width: 100%;
    flex: 1;
    min-height: 0;
    border: 2px solid transparent;
    border-radius: 0.25em;
    background: var(--vellum-thumbnail-background, #dddad3);
    overflow: hidden;
  }
  img {
    max-width: 100%;
    max-height: 100%;
  }
  .label {
    height: var(--_label-height);
    line-height: var(--_label-height);
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.8125em;
  }
  [aria-selected='true'] .frame {
    border-color: var(--vellum-accent, #2457c5);
  }
  [aria-selected='true'] .label {
    font-weight: 600;
  }
  .active .frame {
    outline: 2px dashed var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
`;
