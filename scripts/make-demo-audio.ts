/**
 * Regenerates demo/episode.mp3 from demo/episode.transcript.txt.
 *
 * The demo needs real speech that is aligned with the transcript's timestamps, so that the
 * highlighted line is the one being heard. We have the transcript but not the episode's
 * audio, so each line is spoken with espeak-ng and placed at exactly the time the player
 * will highlight it. The timing comes from the player's own parser, so the audio and the
 * highlight cannot disagree about where a line starts or ends.
 *
 * The MP3 is committed, so the demo runs without espeak-ng, sox or lame; this script only
 * needs running again when the transcript changes:
 *
 *   npx tsx scripts/make-demo-audio.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimestampedLines } from '../src/core/formats/timestamped-lines.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRANSCRIPT = join(ROOT, 'demo/episode.transcript.txt');
const EPISODE = join(ROOT, 'demo/episode.json');
const OUTPUT = join(ROOT, 'demo/episode.mp3');

/** espeak-ng's native rate; keeping it avoids a resampling step per line. */
const RATE = 22050;
/** Two voices by line only to break the monotony; they do not stand for the two hosts. */
const VOICES = ['en-us', 'en-us+f3'];
/** Speech must end this long before the next line starts, so lines never run together. */
const MARGIN = 0.1;
/** Beyond this, sped-up speech turns to noise; the rest is cut instead. */
const MAX_TEMPO = 3;
const INSTALL = 'sudo apt-get install -y espeak-ng sox lame libsox-fmt-mp3';

function requireTools(): void {
  for (const tool of ['espeak-ng', 'sox', 'soxi', 'lame']) {
    if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error) {
      throw new Error(`${tool} is not installed. Install the audio tools with:\n  ${INSTALL}`);
    }
  }
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function samplesOf(wav: string): number {
  return Number(run('soxi', ['-s', wav]).trim());
}

function main(): void {
  requireTools();
  const { items, problems } = parseTimestampedLines(readFileSync(TRANSCRIPT, 'utf8'));
  if (problems.length > 0 || items.length === 0) {
    throw new Error(`cannot use ${TRANSCRIPT}: ${JSON.stringify(problems)}`);
  }

  const work = mkdtempSync(join(tmpdir(), 'demo-audio-'));
  try {
    const textFile = join(work, 'line.txt');
    const spoken = join(work, 'spoken.wav');
    const trimmed = join(work, 'trimmed.wav');
    const pieces: string[] = [];
    let spedUp = 0;
    let truncated = 0;
    let fastest = 1;

    // Whole-sample boundaries from absolute times, so rounding never accumulates into drift.
    const at = (seconds: number): number => Math.round(seconds * RATE);
    if (at(items[0]!.start) > 0) {
      const lead = join(work, 'lead.wav');
      run('sox', ['-n', '-r', String(RATE), '-c', '1', '-b', '16', lead, 'trim', '0', `${at(items[0]!.start)}s`]);
      pieces.push(lead);
    }

    items.forEach((segment, i) => {
      // Text goes through a file, never a shell, whatever characters the transcript holds.
      writeFileSync(textFile, segment.text, 'utf8');
      run('espeak-ng', ['-v', VOICES[i % VOICES.length]!, '-f', textFile, '-w', spoken]);
      // espeak pads its output with silence; strip both ends so the speech starts on time.
      run('sox', [spoken, trimmed, 'silence', '1', '0.01', '-45d', 'reverse', 'silence', '1', '0.01', '-45d', 'reverse']);
      const natural = samplesOf(trimmed);

      const next = items[i + 1]?.start;
      const slot = next === undefined ? natural + at(0.5) : at(next) - at(segment.start);
      const room = slot - Math.min(at(MARGIN), Math.floor(slot / 4));
      const effects: string[] = [];
      if (natural > room) {
        const tempo = Math.min(natural / room, MAX_TEMPO);
        effects.push('tempo', '-s', tempo.toFixed(4));
        spedUp++;
        fastest = Math.max(fastest, tempo);
        if (natural / room > MAX_TEMPO) {
          effects.push('fade', 't', '0', `${room}s`, '0.02');
          truncated++;
        }
      }
      const piece = join(work, `piece-${String(i).padStart(4, '0')}.wav`);
      // Pad generously, then cut to the exact slot: the next line starts on its own sample.
      run('sox', [trimmed, piece, ...effects, 'pad', '0', String(slot / RATE + 1), 'trim', '0', `${slot}s`]);
      if (samplesOf(piece) !== slot) {
        throw new Error(`line ${i + 1} came out ${samplesOf(piece)} samples long, not ${slot}: sox ${effects.join(' ')}`);
      }
      pieces.push(piece);
    });

    const wav = join(work, 'episode.wav');
    run('sox', [...pieces, wav]);
    // Constant bitrate: browsers seek VBR MP3s by estimate, which would put the highlight off.
    run('lame', ['--quiet', '-m', 'm', '--resample', '22.05', '-b', '24', '--cbr', wav, OUTPUT]);
    // The PCM length is what gapless decoders (browsers) report; others add LAME's ~0.05 s delay.
    const duration = samplesOf(wav) / RATE;

    if (existsSync(EPISODE)) {
      const episode = JSON.parse(readFileSync(EPISODE, 'utf8')) as Record<string, unknown>;
      episode.duration = Number(duration.toFixed(3));
      writeFileSync(EPISODE, `${JSON.stringify(episode, null, 2)}\n`, 'utf8');
    }

    const size = statSync(OUTPUT).size;
    console.log(`wrote ${OUTPUT}`);
    console.log(`  lines: ${items.length}, duration: ${duration.toFixed(3)} s, size: ${(size / 1024 / 1024).toFixed(2)} MB`);
    console.log(`  sped up: ${spedUp} lines (fastest ${fastest.toFixed(2)}x), cut short: ${truncated}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
