import { parseArgs } from 'node:util';
import { episodeFileText } from '../core/episode-file.js';
import type { EpisodeManifest } from '../core/episode-manifest.js';
import { readFeedEpisode, type FeedEpisode, type FeedItem } from '../core/feed/index.js';
import type { Problem } from '../core/message.js';
import { loadEmbeddedChapters } from '../data/load-embedded-chapters.js';
import { loadFeed } from '../data/load-feed.js';
import { describeProblem } from '../i18n/describe.js';
import { en } from '../i18n/en.js';
import { EXIT, type CliIo, type Command } from './cli-io.js';

const USAGE = `Usage: transcript-player episode <feed URL or file> [options] > episode.json

Reads one episode of a podcast RSS feed and writes the episode file the player reads
(<transcript-player episode="episode.json">): audio, titles, artwork, length, every
transcript, chapters and show notes. Problems go to stderr; the exit code is 1 when
there is no episode to play.

Options:
  --item <guid|number|latest>  the episode: its <guid>, its itunes:episode number, or
                               the newest (latest, the default)
  --base <url>                 resolve relative addresses in a feed file against this URL
                               (default: the feed's own URL, or its atom:link rel="self")
  --chapters-from-audio        when the feed names no chapters, read those inside the MP3
                               (ID3 CHAP frames, fetched with HTTP Range requests)
  --list                       list the feed's episodes instead (index, guid, number, date, title)
  -h, --help                   this help
`;

export const episodeCommand: Command = {
  summary: 'write the episode file for one episode of a podcast feed',
  usage: USAGE,
  run,
};

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        item: { type: 'string' },
        base: { type: 'string' },
        'chapters-from-audio': { type: 'boolean' },
        list: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`transcript-player episode: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(
      `transcript-player episode: give one feed URL or file${positionals.length > 1 ? ` (got ${positionals.length})` : ''}\n\n${USAGE}`,
    );
    return EXIT.usage;
  }
  const source = positionals[0]!;
  const base = values.base;
  const feed = await read(source, values.item, base, io);
  if (!feed) return EXIT.failed;
  report(source, feed.problems, io);
  if (base === undefined && !isUrl(source) && feed.problems.some(isRelativeAddress)) {
    io.stderr(`${source}: note: relative addresses are resolved against the feed's URL: give it with --base <url>\n`);
  }
  if (values.list) {
    io.stdout(feed.items.map(listLine).join(''));
    return feed.items.length > 0 ? EXIT.ok : EXIT.failed;
  }
  if (!feed.manifest) return EXIT.failed;
  const manifest = values['chapters-from-audio'] ? await withAudioChapters(feed.manifest, io) : feed.manifest;
  io.stdout(episodeFileText(manifest));
  return EXIT.ok;
}

async function read(source: string, item: string | undefined, base: string | undefined, io: CliIo): Promise<FeedEpisode | undefined> {
  const options = item !== undefined ? { item } : {};
  if (isUrl(source)) return loadFeed(source, options);
  let text: string;
  try {
    text = await io.readFile(source);
  } catch (error) {
    io.stderr(`${source}: cannot read the file (${error instanceof Error ? error.message : String(error)})\n`);
    return undefined;
  }
  return readFeedEpisode(text, { ...options, ...(base !== undefined ? { url: base } : {}) });
}

/** With a chapters file or inline chapters in the feed, that is what the player shows; otherwise the MP3's own. */
async function withAudioChapters(manifest: EpisodeManifest, io: CliIo): Promise<EpisodeManifest> {
  const audio = manifest.audio[0];
  if (manifest.chapters || !audio) return manifest;
  const embedded = await loadEmbeddedChapters(audio.src, { baseUrl: audio.src });
  // Without its chapters the episode still plays: for the command, these are warnings.
  report(audio.src, embedded.problems, io, 'warning');
  return embedded.items.length > 0 ? { ...manifest, chapters: { data: embedded.items } } : manifest;
}

function report(source: string, problems: Problem[], io: CliIo, level?: 'warning'): void {
  for (const problem of problems) {
    const sentence = describeProblem(en, problem);
    io.stderr(`${source}: ${level ?? (problem.fatal ? 'error' : 'warning')}: ${sentence}\n`);
  }
}

function listLine(item: FeedItem): string {
  return `${[item.index, item.guid ?? '', item.episode ?? '', item.date ?? '', item.title ?? ''].join('\t')}\n`;
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** An address skipped for want of a base: written without a scheme (`audio/ep.mp3`). */
function isRelativeAddress(problem: Problem): boolean {
  return problem.code === 'url-unusable' && 'text' in problem.params.value && !/^"[a-z][\w+.-]*:/i.test(problem.params.value.text);
}
