import { css, unsafeCSS } from 'lit';
import { token } from '../styles/tokens.js';

/** Width of one thumbnail slot in pixels; the virtualiser and the CSS share it. */
export const THUMBNAIL_ITEM_SIZE = 88;

export const thumbnailStripStyles = css`
  :host {
    --_item-size: ${unsafeCSS(THUMBNAIL_ITEM_SIZE)}px;
    display: block;
    height: calc(var(--_item-size) + 1.75em);
    background: ${token('strip-background')};
  }
  /* Thumbnails are placed and scrolled as the book reads, whatever the direction of the chrome. */
  [role='listbox'] {
    direction: ltr;
    position: relative;
    height: 100%;
    overflow-x: auto;
    overflow-y: hidden;
  }
  [role='listbox']:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: -2px;
  }
  .track {
    position: relative;
    height: 100%;
  }
  /* Right to left: the strip is mirrored as a whole and each thumbnail mirrored back, so scrolling and virtualising stay the same. */
  :host([right-to-left]) [role='listbox'],
  :host([right-to-left]) [role='option'] {
    transform: scaleX(-1);
  }
  [role='option'] {
    position: absolute;
    top: 0;
    box-sizing: border-box;
    width: var(--_item-size);
    height: 100%;
    padding: 0.375em 0.25em 0.25em;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.125em;
    cursor: pointer;
    color: ${token('color')};
    font-size: 0.75em;
  }
  .frame {
    width: calc(var(--_item-size) - 0.75em);
    height: calc(var(--_item-size) - 0.75em);
  }
`;
