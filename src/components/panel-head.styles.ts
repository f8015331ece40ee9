import { css } from 'lit';

/** A panel's heading with its controls beside it (the transcript's language menu), wrapping under it when narrow. */
export const panelHeadStyles = css`
  .panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    /* The heading at the start (its auto margin), everything else at the end, also on a line of
       its own when narrow: there the download menu, which opens from its end, stays inside the player. */
    justify-content: flex-end;
    gap: 0.25rem 0.75rem;
    margin-bottom: 0.4rem;
  }
  .panel-head h2 {
    margin: 0;
    margin-inline-end: auto;
  }
  .language-menu {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4rem;
    font-size: 0.85rem;
    color: var(--tp-muted);
  }
  .language-menu select {
    color: var(--tp-color);
  }
`;
