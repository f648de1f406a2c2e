import { css, unsafeCSS } from 'lit';

/** Width of one thumbnail slot in pixels; the virtualiser and the CSS share it. */
export const THUMBNAIL_ITEM_SIZE = 88;

export const thumbnailStripStyles = css`
  :host {
    --_item-size: ${unsafeCSS(THUMBNAIL_ITEM_SIZE)}px;
    display: block;
    height: calc(var(--_item-size) + 1.75em);
    background: var(--vellum-strip-background, var(--vellum-surface, #f2f1ee));
  }
  [role='listbox'] {
    position: relative;
    height: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    outline: none;
  }
  [role='listbox']:focus-visible {
    box-shadow: inset 0 0 0 2px var(--vellum-accent, #2457c5);
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
    color: var(--vellum-color, #1f1f1f);
    font-size: 0.75em;
  }
  .frame {
    display: grid;
    place-items: center;
    width: calc(var(--_item-size) - 0.75em);
    height: calc(var(--_item-size) - 0.75em);
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
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
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
