/**
 * The transcript and chapters written as plain HTML under the element, by
 * `npx podcast-transcript-player render` or by hand in a blog post, read back into the player's
 * model. The accepted shape (README, "Search engines and print"):
 *
 * ```html
 * <ol data-transcript>
 *   <li><a href="#t=83">1:23</a> <b>Ada</b> Text of the line.</li>
 * </ol>
 * <ol data-chapters>
 *   <li><a href="#t=0">0:00</a> Welcome</li>
 * </ol>
 * ```
 *
 * and what editors make of it: the container is any element with `data-transcript` /
 * `data-chapters` (or the class `transcript` / `chapters`), lines are its innermost blocks
 * (`li`, `p`, `div`, `dd`, `tr`, … however deeply wrapped) or runs split by `<br>`. A line's
 * time is a `data-start` on it (or an ancestor inside the container), else its first link
 * with a `#t=` fragment (also `#t-<id>=`, `npt:`, a full URL with that fragment), else a
 * `<time datetime>`, else a time at the start of its text (`1:23`, `[01:02:03]`, `(1:23) –`).
 * The speaker is a `data-speaker`, else a bold (`b`, `strong`, `cite`, `dfn`, `.speaker`)
 * right after the time, else a `Name:` prefix. `&nbsp;` and runs of whitespace are one space.
 * A block with only a time, only a speaker or both gives them to the next line (editors split
 * paragraphs so); one with text and no time continues the line before it. Chapter headings
 * inside the transcript (`h1`–`h6`) are left out: the chapters come from their own list.
 *
 * Pure and total: it never throws; what it skips is reported with where it is
 * (`transcript[3]`, `chapters[1]`: the container's name and the block's index in it).
 */

import { problem, quote, type Problem } from './message.js';
import { classesOf, isElement, textOf, type MarkupElement, type MarkupNode } from './markup-tree.js';
import { parseMediaFragment } from './media-fragment.js';
import type { RawChapter, RawSegment } from './model.js';
import { splitSpeaker } from './text.js';
import { parseTime } from './time.js';
import { safeImageUrl, safeLinkUrl } from './url-safety.js';

export interface MarkupRead<T> {
  items: T[];
  problems: Problem[];
}

export interface EpisodeMarkup {
  /** The first heading outside the transcript and chapters (or a `data-title` element): the episode's title. */
  title?: string;
  /** Present when the markup has a transcript container. */
  transcript?: MarkupRead<RawSegment>;
  /** Present when the markup has a chapters container. */
  chapters?: MarkupRead<RawChapter>;
}

export interface MarkupOptions {
  /** Resolves relative chapter links and images (the page's address). */
  baseUrl?: string;
}

/** Blocks that hold lines, or wrap blocks that do. */
const BLOCKS = new Set([
  'li',
  'p',
  'div',
  'dd',
  'dt',
  'tr',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'details',
  'summary',
  'nav',
  'pre',
  'address',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never text of a line: code, data, controls and embedded content. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'math',
  'audio',
  'video',
  'iframe',
  'object',
  'embed',
  'canvas',
]);
const SPEAKER_TAGS = new Set(['b', 'strong', 'cite', 'dfn']);
/** A bold run longer than this is emphasis, not a name. */
const MAX_SPEAKER_CHARS = 60;
/** Nesting beyond this is not followed (hand-made pathological markup). */
const MAX_DEPTH = 64;

const LEADING_TIME = /^\s*[[(]?((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d+)?)[\])]?(?=\s|$|[-–—:|])\s*(?:[-–—:|]\s*)?/;
const SEPARATOR = /^\s*(?:[-–—:|]\s*)?/;

export function readEpisodeMarkup(nodes: readonly MarkupNode[], options: MarkupOptions = {}): EpisodeMarkup {
  const found: { transcript?: MarkupElement; chapters?: MarkupElement; title?: string } = {};
  try {
    find(nodes, found, 0);
    const result: EpisodeMarkup = {};
    if (found.title) result.title = found.title;
    if (found.transcript) result.transcript = readTranscriptBlocks(found.transcript);
    if (found.chapters) result.chapters = readChapterBlocks(found.chapters, options.baseUrl);
    return result;
  } catch (error) {
    // Only reachable through trees that are not plain data (getters, cycles past the depth guard).
    const failed = { items: [], problems: [problem('file-unreadable', { detail: String(error) }, { fatal: true })] };
    return { transcript: failed };
  }
}

function find(
  nodes: readonly MarkupNode[],
  found: { transcript?: MarkupElement; chapters?: MarkupElement; title?: string },
  depth: number,
) {
  if (depth > MAX_DEPTH) return;
  for (const node of nodes) {
    if (!isElement(node) || SKIPPED.has(node.tag)) continue;
    const kind = containerKind(node);
    if (kind) {
      found[kind] ??= node;
      continue;
    }
    if (found.title === undefined && ('data-title' in node.attributes || HEADINGS.has(node.tag))) {
      const title = clean(textOf(node));
      if (title) found.title = title;
      continue;
    }
    find(node.children, found, depth + 1);
  }
}

function containerKind(element: MarkupElement): 'transcript' | 'chapters' | undefined {
  const classes = classesOf(element);
  if ('data-transcript' in element.attributes || classes.includes('transcript')) return 'transcript';
  if ('data-chapters' in element.attributes || classes.includes('chapters')) return 'chapters';
  return undefined;
}

// — blocks: the innermost blocks of a container, each a run of inline nodes —

interface Block {
  nodes: MarkupNode[];
  /** `data-start` / `data-speaker` from the block or its ancestors inside the container, nearest first. */
  start?: string;
  speaker?: string;
  /** The block is a heading. */
  heading: boolean;
}

function blocksOf(container: MarkupElement): Block[] {
  const blocks: Block[] = [];
  collect(container, {}, blocks, 0);
  return blocks;
}

function collect(parent: MarkupElement, inherited: { start?: string; speaker?: string }, blocks: Block[], depth: number): void {
  const own = { ...inherited };
  if (parent.attributes['data-start'] !== undefined) own.start = parent.attributes['data-start'];
  if (parent.attributes['data-speaker'] !== undefined) own.speaker = parent.attributes['data-speaker'];
  let run: MarkupNode[] = [];
  const flush = () => {
    if (run.some((node) => clean(textOf(node)) !== '')) blocks.push({ nodes: run, heading: HEADINGS.has(parent.tag), ...own });
    run = [];
  };
  for (const node of parent.children) {
    if (!isElement(node)) run.push(node);
    else if (SKIPPED.has(node.tag)) continue;
    else if (node.tag === 'br') flush();
    else if ((BLOCKS.has(node.tag) || HEADINGS.has(node.tag)) && depth < MAX_DEPTH) {
      flush();
      collect(node, own, blocks, depth + 1);
    } else run.push(node);
  }
  flush();
}

// — one block: its time, speaker and text —

interface Run {
  text: string;
  kind: 'text' | 'time' | 'speaker';
}

interface BlockLine {
  start?: number;
  /** The block's time element (a `#t=` link, a `<time>`) was found: only the first one is the time. */
  timed?: boolean;
  /** The block named a time that could not be read. */
  badTime?: string;
  speaker?: string;
  text: string;
  link?: string;
  image?: string;
}

function readBlock(block: Block, baseUrl?: string): BlockLine {
  const line: BlockLine = { text: '' };
  if (block.start !== undefined) {
    const start = parseTime(block.start.trim());
    if (start !== undefined) line.start = start;
    else line.badTime = block.start;
  }
  const runs: Run[] = [];
  flatten(block.nodes, runs, line, baseUrl, 0);
  // The time element is out of the text wherever it is.
  const rest = runs.filter((run) => run.kind !== 'time');
  let first = rest.findIndex((run) => clean(run.text) !== '');
  if (!line.timed && rest[first]?.kind === 'text') {
    // A time typed at the start of the text (a `data-start` on the block still wins).
    const leading = LEADING_TIME.exec(rest[first]!.text.replace(/\u00a0/g, ' '));
    const start = leading ? parseTime(leading[1]!.replace(',', '.')) : undefined;
    if (leading && start !== undefined) {
      if (line.start === undefined && line.badTime === undefined) line.start = start;
      rest[first] = { kind: 'text', text: rest[first]!.text.replace(/\u00a0/g, ' ').slice(leading[0].length) };
      first = rest.findIndex((run) => clean(run.text) !== '');
    }
  }
  // A bold run right after the time is the speaker.
  const candidate = rest[first];
  let speaker = block.speaker?.trim() || undefined;
  let text: string;
  if (!speaker && candidate?.kind === 'speaker' && clean(candidate.text).length <= MAX_SPEAKER_CHARS) {
    const name = clean(candidate.text);
    speaker = name.replace(/\s*:$/, '') || undefined;
    text = clean(
      rest
        .slice(first + 1)
        .map((run) => run.text)
        .join(''),
    );
    // `<b>Ada</b>: text`, `<b>Ada</b> – text`; after `<b>Ada:</b>` the text is the text.
    if (!name.endsWith(':')) text = text.replace(SEPARATOR, '');
  } else {
    text = clean(rest.map((run) => run.text).join(''));
  }
  if (!speaker) ({ speaker, text } = splitSpeaker(text));
  line.text = text.trim();
  if (speaker) line.speaker = speaker;
  return line;
}

/** The block's nodes as runs of text, picking up its time (the first `#t=` link or `<time>`), a link and an image on the way. */
function flatten(nodes: readonly MarkupNode[], runs: Run[], line: BlockLine, baseUrl: string | undefined, depth: number): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      runs.push({ text: node.text, kind: 'text' });
      continue;
    }
    if (SKIPPED.has(node.tag) || depth > MAX_DEPTH) continue;
    if (node.tag === 'img') {
      const image = line.image ?? safeImageUrl(node.attributes['src'], baseUrl);
      if (image) line.image = image;
      continue;
    }
    const time = line.timed ? undefined : timeOf(node);
    if (time !== undefined) {
      // A `data-start` on the block wins; the link is still the time shown, not text.
      if (line.start === undefined && line.badTime === undefined) line.start = time;
      line.timed = true;
      runs.push({ text: textOf(node), kind: 'time' });
      continue;
    }
    if (node.tag === 'a' && node.attributes['href'] !== undefined && !isFragmentLink(node.attributes['href'])) {
      const link = line.link ?? safeLinkUrl(node.attributes['href'], baseUrl);
      if (link) line.link = link;
    }
    if (SPEAKER_TAGS.has(node.tag) || classesOf(node).includes('speaker')) {
      runs.push({ text: textOf(node), kind: 'speaker' });
      continue;
    }
    // Table cells and the like run into each other's text without a space.
    if (node.tag === 'td' || node.tag === 'th') runs.push({ text: ' ', kind: 'text' });
    flatten(node.children, runs, line, baseUrl, depth + 1);
  }
}

/** The time an element names: a link's `#t=` fragment, a `<time datetime>`. */
function timeOf(element: MarkupElement): number | undefined {
  if (element.tag === 'a') return fragmentTime(element.attributes['href']);
  if (element.tag === 'time') {
    const datetime = element.attributes['datetime'];
    return datetime !== undefined ? (isoDuration(datetime) ?? parseTime(datetime.trim())) : parseTime(textOf(element).trim());
  }
  return undefined;
}

/** `#t=83`, `#t-ep12=1:23`, `page.html#t=npt:83.5,90`: the start of the first `t` parameter that reads. */
function fragmentTime(href: string | undefined): number | undefined {
  if (href === undefined) return undefined;
  const hash = href.slice(href.indexOf('#') + 1);
  if (href.indexOf('#') < 0) return undefined;
  for (const param of hash.split('&')) {
    const match = /^t(?:-[^=]*)?=(.*)$/.exec(param);
    const fragment = match ? parseMediaFragment(`t=${match[1]!}`) : undefined;
    if (fragment) return fragment.start;
  }
  return undefined;
}

const isFragmentLink = (href: string): boolean => href.trim().startsWith('#');

/** `PT1H2M3.5S`, the `datetime` of a duration. */
function isoDuration(text: string): number | undefined {
  const match = /^\s*PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?\s*$/i.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined)) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/** `&nbsp;` and every other run of whitespace is one space; zero-width spaces go. */
const clean = (text: string): string =>
  text
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// — the transcript —

function readTranscriptBlocks(container: MarkupElement): MarkupRead<RawSegment> {
  const problems: Problem[] = [];
  const items: RawSegment[] = [];
  const lines = blocksOf(container)
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => !block.heading);
  let pending: { start?: number; speaker?: string } = {};
  for (const { block, index } of lines) {
    const line = readBlock(block);
    if (line.badTime !== undefined) {
      problems.push(problem('start-not-time', { value: quote(line.badTime), entry: 'segment' }, { path: `transcript[${index}]` }));
    }
    const start = line.start ?? pending.start;
    const speaker = line.speaker ?? pending.speaker;
    if (line.text === '') {
      // A time or a name on its own: for the next line.
      pending = { ...(start !== undefined ? { start } : {}), ...(speaker ? { speaker } : {}) };
      continue;
    }
    pending = {};
    const previous = items[items.length - 1];
    if (start === undefined && previous) {
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    items.push({ start: start ?? 0, text: line.text, ...(speaker ? { speaker } : {}) });
  }
  if (items.length === 0) {
    problems.push(problem('nothing-found', { resource: 'transcript', example: '<li><a href="#t=83">1:23</a> text</li>' }, { fatal: true }));
  }
  return { items, problems };
}

// — the chapters —

function readChapterBlocks(container: MarkupElement, baseUrl: string | undefined): MarkupRead<RawChapter> {
  const problems: Problem[] = [];
  const items: RawChapter[] = [];
  blocksOf(container).forEach((block, index) => {
    const line = readBlock(block, baseUrl);
    const path = `chapters[${index}]`;
    if (line.badTime !== undefined) {
      problems.push(problem('start-not-time', { value: quote(line.badTime), entry: 'chapter' }, { path }));
      return;
    }
    if (line.start === undefined) {
      // The list's own heading ("Chapters") has no time and is no chapter.
      if (!block.heading) problems.push(problem('start-missing', { entry: 'chapter' }, { path }));
      return;
    }
    const title = [line.speaker, line.text].filter(Boolean).join(': ');
    const chapter: RawChapter = { start: line.start, title, toc: true };
    if (line.link) chapter.link = line.link;
    if (line.image) chapter.image = line.image;
    items.push(chapter);
  });
  if (items.length === 0) {
    problems.push(problem('nothing-found', { resource: 'chapters', example: '<li><a href="#t=0">0:00</a> Title</li>' }, { fatal: true }));
  }
  return { items, problems };
}
