import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { headingsByLine } from '../../core/chapter-headings.js';
import { lineForKey } from '../../core/line-keys.js';
import { sameLines } from '../../core/same-lines.js';
import type { Chapter, Segment } from '../../core/model.js';
import { assignSpeakerSlots } from '../../core/speaker-colors.js';
import type { Strings } from '../../i18n/en.js';
import { englishNow } from '../../i18n/english-at-hand.js';
import { dispatchRequest } from '../requests.js';
import { visuallyHidden } from '../visually-hidden.styles.js';
import { BlockWindow } from './block-window.js';
import { FollowController } from './follow-controller.js';
import { scrollLineIntoPanel } from './follow-scroll.js';
import { QuoteSelection } from './quote-selection.js';
import { blockLines } from './transcript-line.js';
import { TranscriptSearch } from './transcript-search.js';
import { transcriptViewStyles } from './transcript-view.styles.js';

/**
 * The transcript panel: search, the lines, and "Back to current".
 *
 * The spoken line and word are marked by touching only the old and the new element, never
 * by drawing again: `activeIndex` and `activeWord` are plain properties whose setters do
 * exactly that. Which lines are drawn at all is the block window's; search and quoting are
 * controllers of their own.
 */
export class TranscriptView extends LitElement {
  static override styles = [visuallyHidden, transcriptViewStyles];

  @query('.panel') private panel!: HTMLElement | null;

  private readonly follow = new FollowController(this);
  private readonly blockWindow = new BlockWindow(this, () => this.panel);
  private readonly search = new TranscriptSearch(this, {
    startLine: () => Math.max(0, this.active),
    // Reading elsewhere pauses following, as a scroll does.
    showMatch: (line) => {
      this.follow.pause();
      void this.showLine(line, false);
    },
    cleared: () => this.followAgain(),
  });
  private readonly quote = new QuoteSelection(this, () => this.segments);

  @property({ attribute: false }) segments: readonly Segment[] = [];
  /** Listed chapters: each gets a heading before its first line. */
  @property({ attribute: false }) chapters: readonly Chapter[] = [];
  @property({ attribute: false }) strings: Strings = englishNow();
  /** The transcript has no times (plain text): shown to read and search, no line plays or lights up. */
  @property({ type: Boolean, reflect: true }) untimed = false;
  /** A chapters file is on its way: the first line keeps the room of its heading meanwhile. */
  @property({ attribute: false }) chaptersLoading = false;
  /**
   * Only a long file's first lines are here, and the whole is guessed to last over an hour:
   * the times have their hour field from the start, so the column does not widen later.
   */
  @property({ attribute: false }) hoursLikely = false;

  /** The line that takes Tab focus (roving tabindex): the transcript is one tab stop. */
  @state() private focusIndex = 0;

  private headings = new Map<number, Chapter>();
  private speakerSlots = new Map<string, number>();
  private withHours = false;
  private active = -1;
  private word = -1;
  /** Between lines, the one that comes next (-1 while one is spoken). */
  private upcoming = -1;
  /** The line spoken last, to tell a pause reached by playing on from one sought. */
  private lastSpoken = -1;
  /** Lines not drawn yet that wait for their animation frame (`showLine`). */
  private farLinesWaiting = 0;
  /** The animation frame of a line not drawn yet is under way: another asked for now comes one frame after it. */
  private inFarLineFrame = false;

  /** The spoken line, -1 between lines. */
  get activeIndex(): number {
    return this.active;
  }

  set activeIndex(index: number) {
    if (index === this.active) return;
    // Playing on: to the next line, also through a pause after the last one spoken.
    const playedOn = index === this.active + 1 || (this.active < 0 && index === this.lastSpoken + 1);
    this.markLine(this.active, false);
    this.markWord(-1);
    this.active = index;
    // A line drawn plain gets its word spans for the word highlight (`updated` marks the word).
    if (index >= 0 && this.blockWindow.isPlain(index)) this.requestUpdate();
    this.markLine(index, true);
    if (index >= 0) {
      this.upcoming = -1;
      this.lastSpoken = index;
    }
    if (this.follow.following && index >= 0) void this.showLine(index, true, () => index === this.active, playedOn);
  }

  /**
   * No line is spoken: the position is before `line` (or past the last). Following, the
   * panel shows it, unmarked, as it shows the spoken line: after a seek into a pause, the
   * transcript is where the listener is, not where it was.
   */
  showBetween(line: number): void {
    this.upcoming = line;
    // Reached by playing on, the panel moves in the next frame, as for the next line: no layout forced while playing.
    const playedOn = this.lastSpoken === line - 1;
    if (this.follow.following && this.active < 0) void this.showLine(line, true, () => this.active < 0 && this.upcoming === line, playedOn);
  }

  /** The spoken word within the spoken line, -1 when none. */
  get activeWord(): number {
    return this.word;
  }

  set activeWord(index: number) {
    if (index !== this.word) this.markWord(index);
  }

  /** Follow the audio again, as after the listener picks a place to play. */
  followAgain(): void {
    this.follow.resume();
    const line = this.active >= 0 ? this.active : this.upcoming;
    if (line >= 0) void this.showLine(line, false, () => line === (this.active >= 0 ? this.active : this.upcoming));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('segments')) {
      // The same lines with other times (the audio's length became known, or changed as a
      // variable-bitrate MP3 plays) keep their place: the lines drawn, the line with focus.
      const previous: readonly Segment[] | undefined = changed.get('segments');
      if (!previous || !sameLines(previous, this.segments)) {
        this.blockWindow.setLines(this.segments.map((segment) => segment.text.length));
        this.speakerSlots = assignSpeakerSlots(this.segments.map((segment) => segment.speaker));
        this.focusIndex = 0;
      }
      this.search.setSegments(this.segments);
    }
    if (changed.has('segments') || changed.has('hoursLikely'))
      this.withHours = this.hoursLikely || this.segments.some((segment) => segment.start >= 3600);
    if (changed.has('segments') || changed.has('chapters')) this.headings = headingsByLine(this.segments, this.chapters);
  }

  protected override updated(): void {
    const panel = this.panel;
    if (!panel) return;
    this.follow.watch(panel);
    // Lit reuses line elements for other lines and draws their words again, so marks set
    // by hand are set again, and cleared where they no longer belong.
    for (const line of panel.querySelectorAll<HTMLElement>('[aria-current]')) {
      if (Number(line.dataset.index) !== this.active) this.markLine(Number(line.dataset.index), false);
    }
    this.markLine(this.active, true);
    this.markWord(this.word);
  }

  private markLine(index: number, on: boolean): void {
    const line = this.blockWindow.lineAt(index);
    if (!line) return;
    if (on) line.setAttribute('aria-current', 'true');
    else line.removeAttribute('aria-current');
    line.part.toggle('active', on);
  }

  private markWord(index: number): void {
    const line = this.blockWindow.lineAt(this.active);
    line?.querySelector('[part~="active-word"]')?.part.remove('active-word');
    this.word = index;
    if (index >= 0) line?.querySelectorAll('[part~="word"]')[index]?.part.add('active-word');
  }

  /**
   * Draws line `index` if needed and scrolls the panel to it, once pending updates are done.
   * With `stillWanted` (following the audio), only if it still holds by then (the line is
   * still the spoken one, or the one that comes next).
   *
   * - A line already drawn: after a seek the panel moves at once, so that no frame shows the
   *   new line lit at the old place. The next line of an episode playing on (`playedOn`) is
   *   measured in the next animation frame, where the layout the frame needs anyway is done
   *   once (measuring right after marking the line would force one more).
   * - A line not drawn yet (a far seek, a search match or a chapter far away): it is drawn,
   *   and the panel moved to it, in the next animation frame. The seek's own frame shows the
   *   time, the seek bar and the chapter; drawing a new place and laying it out is the other
   *   half of the work, and the two in one frame cost about twice either (BENCHMARKS.md,
   *   seeking). Meanwhile the panel stays where it was, with no line lit there. Following
   *   seeks that come one a frame (a scrub, a held key), it waits one frame more: a place
   *   the next seek leaves at once is not drawn at all, and where the seeks stop is drawn
   *   two frames after the last.
   */
  private async showLine(
    index: number,
    onlyIfOutside: boolean,
    stillWanted?: () => boolean,
    playedOn = false,
  ): Promise<HTMLElement | null> {
    if (!playedOn && this.blockWindow.lineAt(index) === null) {
      const seekingOn = this.farLinesWaiting > 0 || this.inFarLineFrame;
      this.farLinesWaiting++;
      await nextFrame();
      this.farLinesWaiting--;
      this.markFarLineFrame();
      if (seekingOn && stillWanted?.()) {
        await nextFrame();
        this.markFarLineFrame();
      }
      if (stillWanted && !stillWanted()) return null;
    }
    const drawn = this.blockWindow.lineAt(index) !== null;
    const line = await this.blockWindow.lineReady(index);
    await this.updateComplete;
    if (stillWanted && playedOn && drawn) await nextFrame();
    const panel = this.panel;
    if (line && panel && (!stillWanted || stillWanted())) scrollLineIntoPanel(panel, line, onlyIfOutside);
    return line;
  }

  /** Until the frame is done: a task runs only once the frame is painted. */
  private markFarLineFrame(): void {
    if (this.inFarLineFrame) return;
    this.inFarLineFrame = true;
    setTimeout(() => (this.inFarLineFrame = false));
  }

  private seekTo(index: number): void {
    const segment = this.segments[index];
    if (!segment || this.untimed) return;
    this.focusIndex = index;
    this.follow.resume();
    dispatchRequest(this, { type: 'seek-to', time: segment.start, play: true });
  }

  private handleClick(event: MouseEvent): void {
    if (!this.quote.selecting) this.seekTo(lineIndexOf(event));
  }

  private handleKeydown(event: KeyboardEvent): void {
    const index = lineIndexOf(event);
    if (index < 0) return;
    const target = lineForKey(event.key, index, this.segments.length);
    if (target !== undefined) {
      this.focusIndex = target;
      this.follow.pause();
      void this.showLine(target, true).then((line) => line?.focus({ preventScroll: true }));
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.seekTo(index);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  override render() {
    const { segments, chapters, headings, speakerSlots, focusIndex, withHours, strings, untimed } = this;
    const context = {
      segments,
      chapters,
      headings,
      speakerSlots,
      focusIndex,
      withHours,
      strings,
      untimed,
      headingAwaited: this.chaptersLoading && chapters.length === 0 && !untimed,
      search: this.search.results,
      activeIndex: this.active,
    };
    return html`
      ${this.search.render(strings)}
      ${
        untimed
          ? html`<p class="untimed" part="untimed-note" role="note">${strings.untimedTranscript}</p>`
          : html`<span class="visually-hidden" id="hint">${strings.playFromHere}</span>`
      }
      <div
        class="panel"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
        @pointerup=${this.quote.handleSelectionEnd}
        @keyup=${this.quote.handleSelectionEnd}
      >
        ${this.blockWindow.render((block, worded) => blockLines(block, context, worded))}
      </div>
      ${this.quote.render(strings)}
      <button class="back" part="back-to-current" ?hidden=${this.follow.following || this.active < 0} @click=${this.followAgain}>
        ${strings.backToCurrent}
      </button>
    `;
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The line an event happened in, -1 when none. */
function lineIndexOf(event: Event): number {
  const line = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
  return line ? Number(line.dataset.index) : -1;
}
