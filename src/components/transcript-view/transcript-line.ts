import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LineBlock } from '../../core/line-blocks.js';
import type { Chapter, Segment } from '../../core/model.js';
import { currentMatch, type SearchResults } from '../../core/search-results.js';
import { linesShown } from '../../core/lines-shown.js';
import { formatTime } from '../../core/time.js';
import type { Strings } from '../../i18n/en.js';
import { lineContent } from './line-content.js';

/** What drawing a transcript line depends on. */
export interface LineContext {
  segments: readonly Segment[];
  chapters: readonly Chapter[];
  /** Line index → the chapter whose heading goes before it. */
  headings: ReadonlyMap<number, Chapter>;
  /** Speaker → colour slot (`data-speaker`, coloured by transcript-view.styles.ts). */
  speakerSlots: ReadonlyMap<string, number>;
  search: SearchResults;
  /** The spoken line, drawn with its words as spans even in a block that is not worded yet. */
  activeIndex: number;
  /** The line that takes Tab focus. */
  focusIndex: number;
  /** Times as h:mm:ss (an episode of an hour or more). */
  withHours: boolean;
  /** The transcript has no times: lines show none, and are text to read, not places to play from. */
  untimed: boolean;
  /**
   * The chapters are on their way and none is here yet: the first line keeps the room of the
   * heading that nearly always comes above it (a first chapter starts with the episode), so
   * the lines do not move down when it comes.
   */
  headingAwaited: boolean;
  strings: Strings;
}

/**
 * The lines of a block. A block whose inputs did not change is not drawn again when another
 * block appears or the search moves elsewhere, nor when new line objects or chapters leave
 * its lines showing what they showed (`lines-shown.ts`).
 */
export function blockLines(block: LineBlock, context: LineContext, worded: boolean) {
  const inBlock = (line: number) => line >= block.first && line < block.end;
  const match = currentMatch(context.search);
  const inputs = [
    linesShown(context.segments, block.first, block.end, context.headings, context.chapters, context.speakerSlots),
    context.strings,
    context.search.byLine,
    match && inBlock(match.line) ? match : undefined,
    inBlock(context.focusIndex) ? context.focusIndex : -1,
    context.untimed,
    worded || !inBlock(context.activeIndex) ? worded : context.activeIndex,
    block.first === 0 && context.headingAwaited,
    context.withHours,
  ];
  const wordedLine = (i: number) => worded || i === context.activeIndex;
  return guard(inputs, () =>
    Array.from({ length: block.end - block.first }, (_, k) => line(block.first + k, context, wordedLine(block.first + k))),
  );
}

/** Line `i`: the chapter heading before it if one goes there, its time, the speaker where the speaker changes, its text (its words as spans once `worded`). */
function line(i: number, context: LineContext, worded: boolean) {
  const { segments, strings } = context;
  const segment = segments[i]!;
  const heading = context.headings.get(i);
  const turnStart = segment.speaker !== undefined && (segment.speaker !== segments[i - 1]?.speaker || heading !== undefined);
  const slot = segment.speaker !== undefined ? context.speakerSlots.get(segment.speaker) : undefined;
  return html`${
    heading
      ? html`<h3 class="chapter-heading" part="chapter-heading">${heading.title || strings.chapterFallback(context.chapters.indexOf(heading) + 1)}</h3>`
      : i === 0 && context.headingAwaited
        ? html`<div class="chapter-heading awaited" aria-hidden="true">\u00a0</div>`
        : nothing
  }<p
      class=${turnStart ? 'segment turn-start' : 'segment'}
      part="segment"
      data-index=${i}
      data-speaker=${slot ?? nothing}
      tabindex=${i === context.focusIndex ? '0' : '-1'}
      aria-describedby=${context.untimed ? nothing : 'hint'}
    >
      ${context.untimed ? nothing : html`<time datetime=${`PT${Math.floor(segment.start)}S`}>${formatTime(segment.start, context.withHours)}</time>`}
      <span class="text"
        >${turnStart ? html`<span class="speaker" part="speaker">${segment.speaker}</span>` : nothing}${lineContent(
          segment,
          context.search.byLine.get(i),
          currentMatch(context.search),
          worded,
        )}</span
      >
    </p>`;
}
