import { html, nothing } from 'lit';
import type { LoadedManifest } from '../data/load-manifest.js';
import type { Strings } from '../i18n/strings.js';
import { renderProblemNotice } from './problem-notice.js';
import { renderMessage } from './message-paragraph.js';

/**
 * What the episode description could not give, in the widget as the transcript's problems
 * are: why there is no episode (a missing file, a web page, broken JSON, no usable audio),
 * and which of its fields were dropped (a `javascript:` transcript address, a `data:`
 * chapters address), each by its JSON path. Without this the player sat at "0:00 / –:––".
 */
export function renderEpisodeStatus(strings: Strings, loaded: LoadedManifest | undefined) {
  if (!loaded) return nothing;
  // The fatal problem is the error's reason; the others say what else was dropped (the
  // `javascript:` audio that left no audio at all, say).
  const ignored = loaded.problems.filter((problem) => !problem.fatal);
  return html`${renderMessage(strings, loaded.error)}${renderProblemNotice(strings, strings.ignored(ignored.length), ignored)}`;
}
