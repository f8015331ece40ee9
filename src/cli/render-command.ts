import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseTranscript } from '../core/choose-transcript.js';
import { episodeHtml } from '../core/episode-html.js';
import { readEpisodeManifest, type EpisodeManifest, type ManifestResource } from '../core/episode-manifest.js';
import { readFeedEpisode } from '../core/feed/index.js';
import { readChapters, readTranscript } from '../core/formats/index.js';
import type { Problem } from '../core/message.js';
import type { ChaptersFormat, RawChapter, RawSegment, TranscriptFormat } from '../core/model.js';
import { normaliseChapters, normaliseSegments } from '../core/normalise.js';
import { parseNotesHtml } from '../core/notes-html.js';
import { dataFromUrl, dataFromValue, type LoadedData } from '../data/load-data.js';
import { loadFeed } from '../data/load-feed.js';
import { describeMessage, describeProblem } from '../i18n/describe.js';
import { en } from '../i18n/en.js';
import { loadStrings } from '../i18n/translations.js';
import { EXIT, type CliIo, type Command } from './cli-io.js';
import { STATIC_CSS } from './static-css.js';

const USAGE = `Usage: transcript-player render <episode.json | feed URL or file> [options] > episode.html

Writes the episode as plain HTML under a <transcript-player> element: title, audio,
chapters as links, the transcript with times and speakers, the show notes and schema.org
JSON-LD. Search engines, reader modes, print and readers without JavaScript get the whole
episode; with the script, the player takes its transcript and chapters from this markup
(no second download) and shows its own view. Problems go to stderr.

Options:
  --item <guid|number|latest>  from a feed: the episode (default: the newest)
  --base <url>                 the URL the episode file or feed will be read from: relative
                               addresses are resolved against it (without it, an episode
                               file's relative addresses stay relative, and its transcript
                               and chapters files are read from beside it)
  --lang <tag>                 headings in this language, and the player's lang (en, de)
  --id <id>                    the element's id: time links become #t-<id>=…, for several
                               players on one page
  --stylesheet <href>          link this stylesheet before the element (see --css)
  --css                        print the stylesheet for the markup instead (save it as
                               transcript-player.static.css next to your pages)
  -h, --help                   this help
`;

export const renderCommand: Command = {
  summary: 'write an episode as HTML the player upgrades (for search engines, print and no-JS readers)',
  usage: USAGE,
  run,
};

/** Addresses in an episode file without --base resolve against this, and are written back relative. */
const ORIGIN = 'https://relative.transcript-player.invalid';
const FOLDERS = ['_1', '_2', '_3'];
const RELATIVE = `${ORIGIN}/${FOLDERS.join('/')}/`;

/** An address resolved against `RELATIVE`, as the episode file wrote it relative to itself (`ep.mp3`, `../ep.mp3`, `/ep.mp3`). */
function relativeAgain(url: string): string {
  const rest = url.slice(ORIGIN.length);
  const cut = rest.search(/[?#]|$/);
  const segments = rest.slice(1, cut).split('/');
  let shared = 0;
  while (shared < FOLDERS.length && shared < segments.length - 1 && segments[shared] === FOLDERS[shared]) shared++;
  const path = shared === 0 ? `/${segments.join('/')}` : `${'../'.repeat(FOLDERS.length - shared)}${segments.slice(shared).join('/')}`;
  return `${path}${rest.slice(cut)}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        item: { type: 'string' },
        base: { type: 'string' },
        lang: { type: 'string' },
        id: { type: 'string' },
        stylesheet: { type: 'string' },
        css: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`transcript-player render: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.css) {
    io.stdout(STATIC_CSS);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    io.stderr(`transcript-player render: give one episode file, feed URL or feed file\n\n${USAGE}`);
    return EXIT.usage;
  }
  const source = positionals[0]!;
  // Problems in English, as the episode command writes them; the headings in --lang.
  const report = (where: string, problems: readonly Problem[]) => {
    for (const each of problems) io.stderr(`${where}: ${each.fatal ? 'error' : 'warning'}: ${describeProblem(en, each)}\n`);
  };
  const strings = await loadStrings(values.lang ?? 'en');

  const episode = await readEpisode(source, values, io, report);
  if (!episode) return EXIT.failed;
  const { manifest, base, local } = episode;
  const duration = manifest.duration;
  const transcript = await load('transcript', pickTranscript(manifest, values.lang), local, io, report);
  const chapters = await load('chapters', manifest.chapters, local, io, report);
  const segments = normaliseSegments(transcript, duration);
  const listed = normaliseChapters(chapters, duration).filter((chapter) => chapter.toc);
  const html = episodeHtml({
    manifest,
    segments,
    chapters: listed,
    notes: parseNotesHtml(manifest.notes, base),
    labels: {
      chapters: strings.chapters,
      transcript: strings.transcript,
      showNotes: strings.showNotes,
      audio: strings.download,
      chapterFallback: strings.chapterFallback,
    },
    lang: values.lang,
    id: values.id,
    stylesheet: values.stylesheet,
  });
  io.stdout(local !== undefined ? html.replace(/https:\/\/relative\.transcript-player\.invalid\/[^\s"'<>\\]*/g, relativeAgain) : html);
  return EXIT.ok;
}

interface ReadEpisode {
  manifest: EpisodeManifest;
  /** What relative addresses in the notes resolve against. */
  base: string;
  /** For an episode file without --base: the folder its relative files are read from. */
  local?: string;
}

async function readEpisode(
  source: string,
  values: { item?: string | undefined; base?: string | undefined },
  io: CliIo,
  report: (where: string, problems: readonly Problem[]) => void,
): Promise<ReadEpisode | undefined> {
  const isUrl = /^https?:\/\//i.test(source);
  let text: string;
  let fileUrl = values.base ?? (isUrl ? source : undefined);
  if (isUrl && !isEpisodeFileUrl(source)) {
    const feed = await loadFeed(source, values.item !== undefined ? { item: values.item } : {});
    report(source, feed.problems);
    return feed.manifest ? { manifest: feed.manifest, base: feed.url ?? source } : undefined;
  }
  try {
    text = isUrl ? await fetchText(source) : await io.readFile(source);
  } catch (error) {
    io.stderr(`${source}: cannot read it (${error instanceof Error ? error.message : String(error)})\n`);
    return undefined;
  }
  if (!/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))) {
    const feed = readFeedEpisode(text, {
      ...(values.item !== undefined ? { item: values.item } : {}),
      ...(fileUrl ? { url: fileUrl } : {}),
    });
    report(source, feed.problems);
    return feed.manifest ? { manifest: feed.manifest, base: fileUrl ?? '' } : undefined;
  }
  const local = fileUrl === undefined ? dirname(source) : undefined;
  fileUrl ??= RELATIVE;
  const read = readEpisodeManifest(text, fileUrl);
  report(source, read.problems);
  if (!read.manifest) return undefined;
  return { manifest: read.manifest, base: fileUrl, ...(local !== undefined ? { local } : {}) };
}

const isEpisodeFileUrl = (url: string): boolean => /\.json(?:[?#]|$)/i.test(url);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** The feed's transcript in the asked language (else the richest), or the episode file's own. */
function pickTranscript(manifest: EpisodeManifest, lang: string | undefined): ManifestResource<TranscriptFormat> | undefined {
  if (manifest.transcript) return manifest.transcript;
  const chosen = manifest.transcripts ? chooseTranscript(manifest.transcripts, lang ? [lang] : []).chosen : undefined;
  return chosen ? { url: chosen.url, ...(chosen.type ? { type: chosen.type } : {}) } : undefined;
}

async function load<K extends 'transcript' | 'chapters'>(
  kind: K,
  resource: ManifestResource<K extends 'transcript' ? TranscriptFormat : ChaptersFormat> | undefined,
  local: string | undefined,
  io: CliIo,
  report: (where: string, problems: readonly Problem[]) => void,
): Promise<(K extends 'transcript' ? RawSegment : RawChapter)[]> {
  type Item = K extends 'transcript' ? RawSegment : RawChapter;
  if (!resource) return [];
  let loaded: LoadedData<Item>;
  let where: string = kind;
  if ('data' in resource) {
    loaded = dataFromValue(kind, resource.data);
  } else if (local !== undefined && resource.url.startsWith(RELATIVE)) {
    where = join(local, decodeURI(relativeAgain(resource.url).replace(/[?#].*$/, '')));
    let text: string;
    try {
      text = await io.readFile(where);
    } catch (error) {
      io.stderr(`${where}: warning: cannot read the ${kind} (${error instanceof Error ? error.message : String(error)})\n`);
      return [];
    }
    const options = { url: resource.url, ...(resource.type ? { format: resource.type } : {}) };
    const result =
      kind === 'transcript'
        ? readTranscript(text, options as { format?: TranscriptFormat })
        : readChapters(text, options as { format?: ChaptersFormat });
    loaded = { items: result.items as Item[], problems: result.problems };
  } else {
    where = resource.url;
    loaded = await dataFromUrl(kind, resource.url, resource.type, AbortSignal.timeout(60_000));
  }
  report(where, loaded.problems);
  if (loaded.error) io.stderr(`${where}: warning: ${describeMessage(en, loaded.error)}\n`);
  return loaded.items;
}
