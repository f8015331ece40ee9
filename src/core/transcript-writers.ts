/**
 * The transcript written out as a file a listener can keep: plain text, WebVTT or SRT, from
 * the lines the player shows. Speakers are kept the way each format carries them: a
 * `<v Name>` voice in WebVTT, a `Name: ` prefix in SRT and text. Each writer's output is read
 * back by our own parser of that format to the same lines (start, end, speaker, text; the
 * text file has no ends), which `test/core/transcript-writers.test.ts` checks.
 */

import type { Segment } from './model.js';

/** What a writer needs of a line: the player's `Segment` (its words are not written). */
export type WrittenLine = Pick<Segment, 'start' | 'end' | 'text' | 'speaker'>;

export type TranscriptFileFormat = 'txt' | 'vtt' | 'srt';

/** A line that nothing ends (the last one, before the audio's length is known) lasts this long in a cue file. */
const LAST_LINE_SECONDS = 5;

/** `[00:01:23] Ada: text` a line: the timestamped lines format, which people read and our reader reads back. */
export function writeText(lines: readonly WrittenLine[]): string {
  return lines.map((line) => `[${clock(line.start, '.', true)}] ${prefixed(line)}\n`).join('');
}

/** WebVTT with a `<v Name>` voice per line; `&`, `<` and `>` escaped, so text is never markup. */
export function writeWebVtt(lines: readonly WrittenLine[]): string {
  const cues = lines.map((line, i) => {
    const voice = line.speaker ? `<v ${escapeVtt(oneLine(line.speaker))}>` : '';
    return `${clock(line.start, '.')} --> ${clock(endOf(lines, i), '.')}\n${voice}${escapeVtt(oneLine(line.text))}\n`;
  });
  return `WEBVTT\n\n${cues.join('\n')}`;
}

/** SubRip: numbered cues, `,` before the milliseconds, the speaker as a `Name: ` prefix. */
export function writeSrt(lines: readonly WrittenLine[]): string {
  return lines.map((line, i) => `${i + 1}\n${clock(line.start, ',')} --> ${clock(endOf(lines, i), ',')}\n${prefixed(line)}\n`).join('\n');
}

export const TRANSCRIPT_WRITERS: Record<TranscriptFileFormat, (lines: readonly WrittenLine[]) => string> = {
  txt: writeText,
  vtt: writeWebVtt,
  srt: writeSrt,
};

/** The MIME type each file is offered as. */
export const TRANSCRIPT_FILE_TYPES: Record<TranscriptFileFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  vtt: 'text/vtt;charset=utf-8',
  srt: 'application/x-subrip;charset=utf-8',
};

const prefixed = (line: WrittenLine): string => (line.speaker ? `${oneLine(line.speaker)}: ${oneLine(line.text)}` : oneLine(line.text));

/** A cue is one block: a blank line inside the text would end it early. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** In cue text `&` and `<` start markup; `>` is escaped too, so `-->` never appears inside a cue. */
const escapeVtt = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The line's own end, else the next line's start, else a few seconds on: a cue file needs a finite end after the start. */
function endOf(lines: readonly WrittenLine[], i: number): number {
  const line = lines[i]!;
  if (Number.isFinite(line.end) && line.end > line.start) return line.end;
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.start > line.start) return lines[k]!.start;
  return line.start + LAST_LINE_SECONDS;
}

/** `01:02:03.456` (or `,456`); for text, without the milliseconds when there are none. */
function clock(seconds: number, separator: '.' | ',', shortWhenWhole = false): string {
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const whole = Math.floor(ms / 1000);
  const time = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
  return shortWhenWhole && ms % 1000 === 0 ? time : `${time}${separator}${pad(ms % 1000, 3)}`;
}
