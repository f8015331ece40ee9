import { html, nothing } from 'lit';
import { formatTime } from '../core/time.js';
import type { Strings } from '../i18n/en.js';
import { SKIP_BACK_SECONDS, SKIP_FORWARD_SECONDS, SPEEDS } from './playback-steps.js';
import type { PlayerRequest } from './requests.js';
import { KEY_SHORTCUTS } from './shortcuts-controller.js';
import { loadingIcon, pauseIcon, playIcon, skipBackIcon, skipForwardIcon } from './icons.js';
import { timePhrase } from './time-phrase.js';

export interface ControlsState {
  strings: Strings;
  paused: boolean;
  disabled: boolean;
  currentTime: number;
  duration: number;
  playbackRate: number;
  buffering: boolean;
  /** Play was asked for and the audio is on its way (a slow server): the play button is busy. */
  starting: boolean;
}

/** The row of transport controls. Pure template: state in, intent out as requests. */
export function renderControls(state: ControlsState, request: (request: PlayerRequest) => void) {
  const { strings } = state;
  const withHours = state.duration >= 3600;
  // While the audio is on its way the button is busy; pressing it again cancels, as a pause.
  const playLabel = state.starting ? strings.loading : state.paused ? strings.play : strings.pause;
  const playIconNow = state.starting ? loadingIcon : state.paused ? playIcon : pauseIcon;
  return html`
    <div class="controls" part="controls">
      <button
        class="play"
        part="play-button"
        aria-label=${playLabel}
        aria-busy=${state.starting ? 'true' : nothing}
        aria-keyshortcuts=${KEY_SHORTCUTS.play}
        ?disabled=${state.disabled}
        @click=${() => request({ type: 'toggle-play' })}
      >
        ${playIconNow}
      </button>
      <button part="skip-back" aria-label=${strings.skipBack(SKIP_BACK_SECONDS)} aria-keyshortcuts=${KEY_SHORTCUTS.skipBack} ?disabled=${state.disabled} @click=${() => request({ type: 'skip-by', seconds: -SKIP_BACK_SECONDS })}>
        ${skipBackIcon}
      </button>
      <button part="skip-forward" aria-label=${strings.skipForward(SKIP_FORWARD_SECONDS)} aria-keyshortcuts=${KEY_SHORTCUTS.skipForward} ?disabled=${state.disabled} @click=${() => request({ type: 'skip-by', seconds: SKIP_FORWARD_SECONDS })}>
        ${skipForwardIcon}
      </button>
      <span class="time" part="time">
        <time part="elapsed" aria-label=${strings.labelled(strings.elapsed, timePhrase(strings, state.currentTime))}
          >${formatTime(state.currentTime, withHours)}</time
        >
        <span aria-hidden="true">/</span>
        <time part="duration" aria-label=${strings.labelled(strings.total, timePhrase(strings, state.duration))}
          >${state.duration > 0 ? formatTime(state.duration, withHours) : '–:––'}</time
        >
        ${
          state.starting || state.buffering
            ? html`<span class="buffering" part="buffering">${state.starting ? strings.loadingAudio : strings.buffering}</span>`
            : nothing
        }
      </span>
      <select
        part="speed"
        aria-label=${strings.speed}
        aria-keyshortcuts=${KEY_SHORTCUTS.speed}
        .value=${String(state.playbackRate)}
        @change=${(event: Event) => request({ type: 'set-rate', rate: Number((event.target as HTMLSelectElement).value) })}
      >
        ${SPEEDS.map((speed) => html`<option value=${speed} ?selected=${speed === state.playbackRate}>${strings.speedOption(speed)}</option>`)}
        ${
          SPEEDS.includes(state.playbackRate as (typeof SPEEDS)[number])
            ? nothing
            : html`<option value=${state.playbackRate} selected>${strings.speedOption(state.playbackRate)}</option>`
        }
      </select>
    </div>
  `;
}
