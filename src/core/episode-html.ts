/**
 * An episode as plain, semantic HTML under a `<transcript-player>` element: what
 * `npx podcast-transcript-player render` writes. Without JavaScript (and for search engines, reader
 * modes and print) it is the page's own content — title, audio, chapters as links, the
 * transcript with times and speakers, the show notes, schema.org JSON-LD; with the script, the
 * element reads its transcript and chapters from it (`read-episode-markup.ts`) and shows its
 * own view instead, without fetching them again.
 *
 * Everything from the data is escaped as text or as a double-quoted attribute value; show
 * notes pass the same allow-list as in the player (`notes-html.ts`) and are written back
 * element by element, so no markup from the data reaches the page. Time links are `#t=83`
 * (`#t-<id>=83` for a player with an `id`), and each chapter heading and line carries the
 * matching `id`, so with JavaScript off such a link scrolls to its place.
 */

import { episodeFileText } from './episode-file.js';
import { episodeJsonLd, jsonLdScriptText } from './episode-json-ld.js';
import type { EpisodeManifest } from './episode-manifest.js';
import { formatMediaFragment } from './media-fragment.js';
import type { Chapter, Segment } from './model.js';
import type { NotesNode } from './notes-html.js';
import { formatIsoDuration, formatTime } from './time.js';

export interface EpisodeHtmlLabels {
  chapters: string;
  transcript: string;
  showNotes: string;
  /** The audio link inside `<audio>`, for browsers that cannot play it. */
  audio: string;
  chapterFallback: (n: number) => string;
}

export interface EpisodeHtmlInput {
  manifest: EpisodeManifest;
  /** Normalised, in time order. */
  segments: readonly Segment[];
  /** The listed chapters, normalised. */
  chapters: readonly Chapter[];
  /** The show notes through the allow-list (`parseNotesHtml`). */
  notes: readonly NotesNode[];
  labels: EpisodeHtmlLabels;
  /** The element's `lang` (its UI language). */
  lang?: string | undefined;
  /** The element's `id`: scopes its `#t-<id>=` links. */
  id?: string | undefined;
  /** A stylesheet to link before the element (`transcript-player.static.css`, see README). */
  stylesheet?: string | undefined;
}

export function episodeHtml(input: EpisodeHtmlInput): string {
  const { manifest, segments, chapters, labels } = input;
  const duration = manifest.duration ?? lastEnd(segments, chapters);
  const withHours = [...segments, ...chapters].some((item) => item.start >= 3600);
  const anchors = new Anchors(input.id);
  const out: string[] = [];
  if (input.stylesheet) out.push(`<link rel="stylesheet" href="${attr(input.stylesheet)}">`);
  const audio = manifest.audio;
  out.push(
    `<transcript-player${attrs({
      id: input.id,
      lang: input.lang,
      // With alternatives, the episode description below lets the player pick the one it can play.
      src: audio.length === 1 ? audio[0]!.src : undefined,
    })}>`,
  );
  out.push(`<script type="application/json">\n${episodeFileText(described(manifest)).trimEnd()}\n</script>`);
  out.push('<article class="tp-episode">');
  if (manifest.title) out.push(`<h2 data-title>${text(manifest.title)}</h2>`);
  const meta = [
    manifest.show && text(manifest.show),
    manifest.date && `<time datetime="${attr(manifest.date)}">${text(manifest.date)}</time>`,
    duration !== undefined && `<time datetime="${formatIsoDuration(duration)}">${formatTime(duration)}</time>`,
  ].filter(Boolean);
  if (meta.length > 0) out.push(`<p class="tp-meta">${meta.join(' · ')}</p>`);
  if (audio.length > 0) {
    const sources = audio.map((source) => `<source${attrs({ src: source.src, type: source.type })}>`).join('');
    out.push(`<audio controls preload="none">${sources}<a href="${attr(audio[0]!.src)}">${text(labels.audio)}</a></audio>`);
  }
  if (chapters.length > 0) {
    out.push(`<nav data-chapters aria-label="${attr(labels.chapters)}">`, `<h3>${text(labels.chapters)}</h3>`, '<ol>');
    chapters.forEach((chapter, i) => {
      out.push(`<li>${timeLink(chapter.start, withHours, input.id)} ${text(chapter.title || labels.chapterFallback(i + 1))}</li>`);
    });
    out.push('</ol>', '</nav>');
  }
  if (segments.length > 0) {
    out.push(`<section data-transcript aria-label="${attr(labels.transcript)}">`, `<h3>${text(labels.transcript)}</h3>`);
    out.push(...transcriptHtml(input, withHours, anchors));
    out.push('</section>');
  }
  if (input.notes.length > 0) {
    out.push(`<section class="tp-notes" aria-label="${attr(labels.showNotes)}">`, `<h3>${text(labels.showNotes)}</h3>`);
    out.push(notesHtml(input.notes, input.id), '</section>');
  }
  out.push('</article>');
  const jsonLd = episodeJsonLd({
    manifest,
    segments,
    chapters,
    duration,
    description: notesText(input.notes),
    playerId: input.id,
  });
  out.push(`<script type="application/ld+json">\n${jsonLdScriptText(jsonLd)}\n</script>`);
  out.push('</transcript-player>');
  return `${out.join('\n')}\n`;
}

/** The lines as ordered lists, one per chapter under its heading; the speaker in bold where it changes, kept on the others as `data-speaker`. */
function transcriptHtml({ segments, chapters, labels, id }: EpisodeHtmlInput, withHours: boolean, anchors: Anchors): string[] {
  const out: string[] = [];
  let chapter = -1;
  let open = false;
  let speaker: string | undefined;
  segments.forEach((segment, i) => {
    // The chapter a line falls in gets its heading before the line: the first heading at or before it.
    let next = chapter;
    while (next + 1 < chapters.length && chapters[next + 1]!.start <= segment.start) next++;
    if (next !== chapter || i === 0) {
      if (open) out.push('</ol>');
      for (let c = chapter + 1; c <= next; c++) {
        // Chapters with no line of their own still get a heading, so a chapter link has a place to go.
        const title = chapters[c]!.title || labels.chapterFallback(c + 1);
        out.push(`<h4${attrs({ id: anchors.take(chapters[c]!.start) })}>${text(title)}</h4>`);
      }
      out.push(i === 0 ? '<ol>' : `<ol start="${i + 1}">`);
      open = true;
      chapter = next;
      speaker = undefined;
    }
    const turn = segment.speaker !== undefined && segment.speaker !== speaker;
    speaker = segment.speaker;
    const lineAttrs = attrs({ id: anchors.take(segment.start), 'data-speaker': !turn ? segment.speaker : undefined });
    const name = turn ? ` <b>${text(segment.speaker!)}:</b>` : '';
    out.push(`<li${lineAttrs}>${timeLink(segment.start, withHours, id)}${name} ${text(segment.text)}</li>`);
  });
  if (open) out.push('</ol>');
  return out;
}

function timeLink(start: number, withHours: boolean, id: string | undefined): string {
  return `<a href="#${attr(formatMediaFragment(start, undefined, id))}">${formatTime(start, withHours)}</a>`;
}

/**
 * Ids matching the time links (`t=83`), so a link scrolls to its place with JavaScript off;
 * each time once (the first heading or line at that time has it).
 */
class Anchors {
  private readonly used = new Set<string>();
  constructor(private readonly playerId: string | undefined) {}

  take(start: number): string | undefined {
    const fragment = formatMediaFragment(start, undefined, this.playerId);
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      id = fragment;
    }
    if (this.used.has(id)) return undefined;
    this.used.add(id);
    return id;
  }
}

/** The notes tree written back as HTML: allowed tags only, text escaped, times as `#t=` links. */
function notesHtml(nodes: readonly NotesNode[], id: string | undefined): string {
  return nodes
    .map((node) => {
      if (!('tag' in node)) return text(node.text);
      if (node.tag === 'time') return `<a href="#${attr(formatMediaFragment(node.seconds, undefined, id))}">${text(node.text)}</a>`;
      if (node.tag === 'br') return '<br>';
      const inner = notesHtml(node.children, id);
      if (node.tag === 'a') return `<a href="${attr(node.href ?? '')}" rel="noopener">${inner}</a>`;
      return `<${node.tag}>${inner}</${node.tag}>`;
    })
    .join('');
}

/** The notes' plain text, for the JSON-LD description. */
function notesText(nodes: readonly NotesNode[]): string | undefined {
  const collect = (list: readonly NotesNode[]): string =>
    list.map((node) => ('tag' in node ? (node.tag === 'time' ? node.text : ` ${collect(node.children)} `) : node.text)).join('');
  const plain = collect(nodes).replace(/\s+/g, ' ').trim();
  return plain || undefined;
}

/** What the element still needs from the episode description once the transcript and chapters are in the markup. */
function described(manifest: EpisodeManifest): EpisodeManifest {
  const { transcript: _transcript, transcripts: _transcripts, chapters: _chapters, ...rest } = manifest;
  return rest;
}

function lastEnd(segments: readonly Segment[], chapters: readonly Chapter[]): number | undefined {
  const ends = [...segments, ...chapters].map((item) => item.end).filter((end) => Number.isFinite(end) && end > 0);
  return ends.length > 0 ? Math.max(...ends) : undefined;
}

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('');
}

/** Text content: `&`, `<` and `>` escaped. */
export const text = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A double-quoted attribute value: `"` escaped too. */
const attr = (value: string): string => text(value).replace(/"/g, '&quot;');
