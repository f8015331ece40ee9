/**
 * The pages the bench serves: for each player and episode, a page embedding that player
 * the way its own documentation says, all on the same audio file. Nothing of the peers is
 * copied into the repository: their files are served from `node_modules`.
 *
 * - `/ours/<episode>.html`: the built script tag and one `<transcript-player>` with `src`,
 *   `transcript` and `chapters` attributes (README "Embed it").
 * - `/hyperaudio/<episode>.html`: an `<audio>` element and the hypertranscript HTML in
 *   the page, then `hyperaudio-lite.js` and `new HyperaudioLite({..., autoScroll: true})`
 *   (its README). The package ships no stylesheet, so the page has a few rules of its own:
 *   the transcript in a scrolling box as high as ours, the active word marked.
 * - `/podlove/<episode>.html`: `embed.js` and `podlovePlayer('#player', episodeUrl,
 *   configUrl)` (its documentation's example), the transcripts tab open.
 *
 * Under each player, the article goes on (`ARTICLE_BELOW`), as on a blog: the bench sees it
 * move if the player grows while it loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Episode } from './episode.js';
import {
  hyperaudioTranscript,
  podcastJsonChapters,
  podcastJsonTranscript,
  podloveChapters,
  podloveConfig,
  podloveEpisode,
  podloveTranscripts,
} from './formats.js';
import { fileResource, folderResources, type Resource } from './serve.js';

export type PlayerId = 'ours' | 'hyperaudio' | 'podlove';
export const PLAYERS: readonly PlayerId[] = ['ours', 'hyperaudio', 'podlove'];
export const PLAYER_NAMES: Record<PlayerId, string> = {
  ours: 'transcript-player',
  hyperaudio: 'Hyperaudio Lite 2.6.4',
  podlove: 'Podlove Web Player 5.13.0',
};
export const PEERS: readonly PlayerId[] = ['hyperaudio', 'podlove'];

export const AUDIO_URL = '/silence.wav';
const PODLOVE_BASE = '/peers/podlove/';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A peer package's folder (a devDependency), checked against the version the bench was written for. */
export function peerPackage(name: string, version: string): string {
  const manifest = join(ROOT, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${name} is not installed: run npm ci (it is a devDependency)`);
  const found = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  if (found !== version) throw new Error(`${name} ${found} is installed, the bench compares with ${version}: run npm ci`);
  return dirname(manifest);
}

const html = (title: string, head: string, body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>${head}</head>\n<body>${body}</body></html>\n`;

/** The text under the player on every page; `player-kit.ts` follows how far it moves while the page loads. */
export const ARTICLE_BELOW = '<p id="article-below">The article goes on under the player.</p>';

const PAGE_STYLE = '<style>body{margin:0;padding:1rem;font:16px/1.5 system-ui,sans-serif}main{max-width:950px;margin:0 auto}</style>';

function oursPage(episode: Episode): string {
  return html(
    `ours, ${episode.label}`,
    `${PAGE_STYLE}<script src="/transcript-player.iife.js"></script>`,
    `<main><transcript-player src="${AUDIO_URL}" transcript="/data/${episode.name}.transcript.json" chapters="/data/${episode.name}.chapters.json"></transcript-player></main>${ARTICLE_BELOW}`,
  );
}

// Hyperaudio Lite's package ships no CSS, so the page has its own, written for the bench:
// the transcript scrolls in a box as high as ours (22rem), and words look as in the
// project's own demo stylesheet: unread words grey, read and spoken ones black, speakers
// bold, words clickable. (A background on the spoken word, as ours has, costs Hyperaudio
// a layout per word in Chromium: see BENCHMARKS.md.)
const HYPERAUDIO_STYLE =
  '<style>#hypertranscript{height:22rem;overflow-y:auto;position:relative}' +
  '#hypertranscript h5{font-size:130%;margin:1rem 0 .25rem}#hypertranscript p{margin:0 0 .5rem}' +
  '.speaker{font-weight:bold}[data-m]{cursor:pointer}.unread{color:#666}.read,.active>.active{color:#000}audio{width:100%}</style>';

function hyperaudioPage(episode: Episode): string {
  return html(
    `Hyperaudio Lite, ${episode.label}`,
    PAGE_STYLE + HYPERAUDIO_STYLE,
    `<main><audio id="hyperplayer" controls preload="metadata" src="${AUDIO_URL}"></audio>\n` +
      `<div id="hypertranscript" class="hyperaudio-transcript">\n${hyperaudioTranscript(episode)}\n</div></main>${ARTICLE_BELOW}\n` +
      '<script src="/peers/hyperaudio-lite.js"></script>\n' +
      "<script>window.hyperaudio = new HyperaudioLite({ transcript: 'hypertranscript', player: 'hyperplayer', autoScroll: true, playOnClick: true });</script>",
  );
}

function podlovePage(episode: Episode): string {
  return html(
    `Podlove Web Player, ${episode.label}`,
    PAGE_STYLE,
    `<main><div id="player"></div></main>${ARTICLE_BELOW}\n<script src="${PODLOVE_BASE}embed.js"></script>\n` +
      `<script>window.podloveStore = podlovePlayer('#player', '/data/${episode.name}.podlove-episode.json', '/data/podlove-config.json');</script>`,
  );
}

export interface PageSet {
  resources: Map<string, Resource>;
  folders: ((path: string) => Resource | undefined)[];
}

/** A player's page for an episode; the baselines `empty` and `audio` (an `<audio>` element alone) have one page each. */
export function pageUrl(player: PlayerId | 'empty' | 'audio', episode: Episode | string): string {
  if (player === 'empty' || player === 'audio') return `/${player}.html`;
  return `/${player}/${typeof episode === 'string' ? episode : episode.name}.html`;
}

/**
 * Every page and data file for these episodes. `scripts` are our built files by name: the
 * script tag's `transcript-player.iife.js` and the modules it imports from beside itself;
 * `hyperaudioScript` is the library's script as served (the bench minifies it: see run.ts),
 * `audio` the shared audio file.
 */
export function buildPages(episodes: Episode[], scripts: ReadonlyMap<string, Buffer>, hyperaudioScript: string, audio: Resource): PageSet {
  const podlove = peerPackage('@podlove/web-player', '5.13.0');
  const resources = new Map<string, Resource>([
    ['/empty.html', fileResource(html('empty', '', ''), 'text/html')],
    ['/audio.html', fileResource(html('audio alone', '', `<audio preload="metadata" src="${AUDIO_URL}"></audio>`), 'text/html')],
    ...[...scripts].map(([name, body]) => [`/${name}`, fileResource(body, 'text/javascript')] as const),
    ['/peers/hyperaudio-lite.js', fileResource(hyperaudioScript, 'text/javascript')],
    [AUDIO_URL, audio],
    ['/data/podlove-config.json', fileResource(podloveConfig(PODLOVE_BASE), 'application/json')],
  ]);
  const add = (path: string, body: string, type: string) => resources.set(path, fileResource(body, type));
  for (const episode of episodes) {
    const data = `/data/${episode.name}`;
    add(`${data}.transcript.json`, podcastJsonTranscript(episode), 'application/json');
    add(`${data}.chapters.json`, podcastJsonChapters(episode), 'application/json');
    add(`${data}.podlove-transcripts.json`, podloveTranscripts(episode), 'application/json');
    add(`${data}.podlove-chapters.json`, podloveChapters(episode), 'application/json');
    add(
      `${data}.podlove-episode.json`,
      podloveEpisode(episode, {
        audio: AUDIO_URL,
        audioBytes: audio.size,
        chapters: `${data}.podlove-chapters.json`,
        transcripts: `${data}.podlove-transcripts.json`,
      }),
      'application/json',
    );
    add(pageUrl('ours', episode), oursPage(episode), 'text/html');
    add(pageUrl('hyperaudio', episode), hyperaudioPage(episode), 'text/html');
    add(pageUrl('podlove', episode), podlovePage(episode), 'text/html');
  }
  return { resources, folders: [folderResources(PODLOVE_BASE, podlove)] };
}

export const hyperaudioSourcePath = () => join(peerPackage('hyperaudio-lite', '2.6.4'), 'js', 'hyperaudio-lite.js');
