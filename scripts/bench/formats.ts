/**
 * One episode written out for each player, in the format that player reads: the same lines,
 * words, speakers and chapters everywhere.
 *
 * - ours: a word-level Podcasting 2.0 JSON transcript (one segment per word) and a
 *   Podcasting 2.0 chapters file;
 * - Hyperaudio Lite: its "hypertranscript" HTML, a `<p>` per line of word `<span>`s with
 *   `data-m` (start) and `data-d` (duration) in milliseconds, a speaker `<span>` where the
 *   speaker changes, and an `<h5 data-m>` heading per chapter (as its README shows);
 * - Podlove Web Player 5: an episode config (audio, contributors, chapters URL, transcripts
 *   URL) and a transcripts file of one entry per line. Podlove has no word times, so its
 *   transcript is the same lines without them.
 */
import type { Episode } from './episode.js';

export function podcastJsonTranscript(episode: Episode): string {
  const segments: string[] = [];
  for (const line of episode.lines) {
    const speaker = episode.speakers[line.speaker];
    for (const word of line.words) {
      segments.push(JSON.stringify({ speaker, startTime: word.start, endTime: word.end, body: word.text }));
    }
  }
  return `{\n"version": "1.0.0",\n"segments": [\n${segments.join(',\n')}\n]\n}\n`;
}

export function podcastJsonChapters(episode: Episode): string {
  return JSON.stringify({ version: '1.2.0', chapters: episode.chapters.map(({ start, title }) => ({ startTime: start, title })) }, null, 1);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ms = (seconds: number) => Math.round(seconds * 1000);

/** The transcript's HTML, to be put in the page as its README says. */
export function hyperaudioTranscript(episode: Episode): string {
  const out: string[] = ['<article><section>'];
  let chapter = 0;
  let speaker = -1;
  for (const line of episode.lines) {
    while (chapter < episode.chapters.length && episode.chapters[chapter]!.start <= line.start) {
      const { start, title } = episode.chapters[chapter++]!;
      out.push(`<h5 data-m="${ms(start)}">${escapeHtml(title)}</h5>`);
    }
    const spans: string[] = [];
    if (line.speaker !== speaker) {
      speaker = line.speaker;
      spans.push(`<span data-m="${ms(line.start)}" data-d="0" class="speaker">${escapeHtml(episode.speakers[speaker]!)}: </span>`);
    }
    for (const word of line.words) {
      spans.push(`<span data-m="${ms(word.start)}" data-d="${ms(word.end) - ms(word.start)}">${escapeHtml(word.text)} </span>`);
    }
    out.push(`<p>${spans.join('')}</p>`);
  }
  out.push('</section></article>');
  return out.join('\n');
}

/** `HH:MM:SS.mmm`, the normal play time Podlove's config uses. */
export function npt(seconds: number): string {
  const total = ms(seconds);
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(total % 1000, 3)}`;
}

export interface PodloveUrls {
  audio: string;
  audioBytes: number;
  chapters: string;
  transcripts: string;
}

export function podloveEpisode(episode: Episode, urls: PodloveUrls): string {
  return JSON.stringify({
    version: 5,
    show: { title: 'Bench Show', subtitle: 'Generated', summary: 'A generated episode for the benchmark.' },
    title: `Bench episode, ${episode.label}`,
    subtitle: 'Generated',
    summary: 'A generated episode for the benchmark.',
    publicationDate: '2026-01-01T00:00:00+00:00',
    duration: npt(episode.duration),
    audio: [{ url: urls.audio, size: String(urls.audioBytes), title: 'WAV Audio', mimeType: 'audio/wav' }],
    chapters: urls.chapters,
    contributors: episode.speakers.map((name, i) => ({ id: String(i + 1), name })),
    transcripts: urls.transcripts,
  });
}

export function podloveChapters(episode: Episode): string {
  return JSON.stringify(episode.chapters.map(({ start, title }) => ({ start: npt(start), title })));
}

export function podloveTranscripts(episode: Episode): string {
  return JSON.stringify(
    episode.lines.map((line) => ({
      start: npt(line.start),
      start_ms: ms(line.start),
      end: npt(line.end),
      end_ms: ms(line.end),
      speaker: String(line.speaker + 1),
      voice: episode.speakers[line.speaker],
      text: line.words.map((word) => word.text).join(' '),
    })),
  );
}

/** The player config: where its files are, and the transcripts tab open, as a site showing a transcript would set it. */
export function podloveConfig(base: string): string {
  return JSON.stringify({
    version: 5,
    base,
    activeTab: 'transcripts',
    features: { persistTab: false, persistPlaystate: false },
  });
}
