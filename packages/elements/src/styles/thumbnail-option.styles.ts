import { css } from 'lit';
import { token } from './tokens.js';

/** The look of a thumbnailOption: its frame, picture and label, marked when current and when active. Sizes are the host's. */
export const thumbnailOptionStyles = css`
  .frame {
    display: grid;
    place-items: center;
    border: 2px solid transparent;
    border-radius: 0.25em;
    background: ${token('thumbnail-background')};
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
    border-color: ${token('accent')};
  }
  [aria-selected='true'] .label {
    font-weight: 600;
  }
  .active .frame {
    outline: 2px dashed ${token('accent')};
    outline-offset: 1px;
  }
`;
