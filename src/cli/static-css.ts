/**
 * The stylesheet for the markup `transcript-player render` writes (`render --css` prints it;
 * sites save it as `transcript-player.static.css`). A file, not a `style` attribute or a
 * `<style>` element, so a strict Content-Security-Policy (`style-src 'self'`) allows it.
 *
 * Without JavaScript it lays the episode out to read and print. With JavaScript, before the
 * element is defined, it gives the markup the player's own box and height, so the page does
 * not jump when the player replaces it; `(scripting: enabled)` keeps that box away from
 * readers without JavaScript, who get the whole transcript instead.
 */
export const STATIC_CSS = `/* transcript-player.static.css — for the markup of \`npx podcast-transcript-player render\` */
transcript-player {
  display: block;
}
transcript-player .tp-meta {
  color: #57606a;
}
transcript-player audio {
  display: block;
  width: 100%;
  margin: 0.5rem 0;
}
transcript-player [data-chapters] ol,
transcript-player [data-transcript] ol {
  list-style: none;
  padding-inline-start: 0;
}
transcript-player [data-chapters] li,
transcript-player [data-transcript] li {
  margin: 0 0 0.35em;
}
transcript-player [data-chapters] li > a:first-child,
transcript-player [data-transcript] li > a:first-child {
  font-variant-numeric: tabular-nums;
  margin-inline-end: 0.4em;
}
transcript-player [data-transcript] :target {
  background: #fff3b0;
  color: #1b1f24;
}
/* With the script on its way: the player's box and height (measured on the demo episode),
   so the page does not move when the player takes the markup's place. A page whose layout
   differs sets --tp-static-height on the element. */
@media (scripting: enabled) {
  transcript-player:not(:defined) {
    box-sizing: border-box;
    height: var(--tp-static-height, 41.25rem);
    overflow: auto;
    padding: var(--tp-spacing, 1rem);
    border: 1px solid #d0d7de;
    border-radius: var(--tp-radius, 10px);
  }
}
/* Narrow: the player stacks its chapter list above the transcript, as tall as its chapters. */
@media (scripting: enabled) and (max-width: 42rem) {
  transcript-player:not(:defined) {
    height: var(--tp-static-height, 43.6rem);
  }
  transcript-player:not(:defined):has([data-chapters] li) {
    height: var(--tp-static-height, 48.75rem);
  }
  transcript-player:not(:defined):has([data-chapters] li:nth-child(3)) {
    height: var(--tp-static-height, 54.4rem);
  }
  transcript-player:not(:defined):has([data-chapters] li:nth-child(5)) {
    height: var(--tp-static-height, 60rem);
  }
  transcript-player:not(:defined):has([data-chapters] li:nth-child(7)) {
    height: var(--tp-static-height, 65.6rem);
  }
  transcript-player:not(:defined):has([data-chapters] li:nth-child(9)) {
    height: var(--tp-static-height, 70.4rem);
  }
}
@media print {
  transcript-player audio {
    display: none;
  }
}
`;
