/**
 * Regenerates the small media fixtures in test/fixtures/: a 10-second tone (MP3 and WAV)
 * with a matching transcript and chapters, and a text file posing as an MP3.
 *
 * The outputs are committed so the tests run without sox or lame; run this only to change
 * them:
 *
 *   npx tsx scripts/make-test-fixtures.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
const SECONDS = 10;
const TOLERANCE = 0.05;
const INSTALL = 'sudo apt-get install -y sox lame libsox-fmt-mp3';

function requireTools(): void {
  for (const tool of ['sox', 'soxi', 'lame']) {
    if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error) {
      throw new Error(`${tool} is not installed. Install the audio tools with:\n  ${INSTALL}`);
    }
  }
}

function run(command: string, args: string[]): string {
  // sox reports `stat` on stderr, so keep both streams.
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

/** A quiet sine, faded at both ends so seeking tests hear no clicks. */
function tone(file: string, rate: number, seconds: number): void {
  run('sox', [
    '-n',
    '-r',
    String(rate),
    '-c',
    '1',
    '-b',
    '16',
    file,
    'synth',
    String(seconds),
    'sine',
    '440',
    'gain',
    '-20',
    'fade',
    't',
    '0.02',
    '-0',
    '0.02',
  ]);
}

/** The length sox reports from the header (an estimate for MP3) and from a full decode. */
function lengths(file: string): { header: number; decoded: number } {
  const header = Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());
  const decoded = Number(/Length \(seconds\):\s*([\d.]+)/.exec(run('sox', [file, '-n', 'stat']))?.[1]);
  return { header, decoded };
}

/**
 * Decoders disagree on an MP3's length by up to a few frames: gapless ones drop LAME's
 * encoder delay and padding, others keep them, and soxi estimates from the bitrate.
 * Try tone lengths just under 10 s and keep the one whose worst reading is nearest 10 s.
 */
function makeMp3(work: string, target: string): { seconds: number; header: number; decoded: number } {
  let best: { seconds: number; header: number; decoded: number; error: number } | undefined;
  for (let ms = SECONDS * 1000; ms >= (SECONDS - 0.1) * 1000; ms -= 5) {
    const seconds = ms / 1000;
    const wav = join(work, 'tone.wav');
    const mp3 = join(work, `tone-${ms}.mp3`);
    tone(wav, 22050, seconds);
    run('lame', ['--quiet', '-m', 'm', '--resample', '22.05', '-b', '32', '--cbr', wav, mp3]);
    const { header, decoded } = lengths(mp3);
    const error = Math.max(...[seconds, header, decoded].map((value) => Math.abs(value - SECONDS)));
    if (!best || error < best.error) best = { seconds, header, decoded, error };
  }
  if (!best || best.error > TOLERANCE) throw new Error(`no tone length gives a ${SECONDS} s MP3: ${JSON.stringify(best)}`);
  copyFileSync(join(work, `tone-${Math.round(best.seconds * 1000)}.mp3`), target);
  return best;
}

const LINES = ['Line one.', 'Line two.', 'Line three.', 'Line four.', 'Line five.'];

function writeText(name: string, text: string): void {
  writeFileSync(join(OUT, name), text, 'utf8');
}

function main(): void {
  requireTools();
  const work = mkdtempSync(join(tmpdir(), 'test-fixtures-'));
  try {
    const mp3 = makeMp3(work, join(OUT, 'tone-10s.mp3'));
    // 8 kHz keeps the WAV small; its length is exact, as PCM has no encoder delay.
    tone(join(OUT, 'tone-10s.wav'), 8000, SECONDS);

    writeText('not-audio.mp3', 'This is not audio. It is a text file with an .mp3 name, for testing audio that will not decode.\n');

    const segments = LINES.map((body, i) => ({
      speaker: i % 2 === 0 ? 'Ada' : 'Grace',
      startTime: i * 2,
      endTime: i * 2 + 2,
      body,
    }));
    writeText('tone-10s.transcript.json', `${JSON.stringify({ version: '1.0.0', segments }, null, 2)}\n`);

    const chapters = ['A', 'B', 'C', 'D'].map((letter, i) => ({ startTime: i * 2.5, title: `Chapter ${letter}` }));
    writeText('tone-10s.chapters.json', `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n`);

    writeText('tone-10s.transcript.txt', LINES.map((body, i) => `00:00:${String(i * 2).padStart(2, '0')}: ${body}\n`).join(''));

    const wav = lengths(join(OUT, 'tone-10s.wav'));
    const size = (name: string): string => `${(statSync(join(OUT, name)).size / 1024).toFixed(1)} KB`;
    console.log(`tone-10s.wav: ${wav.decoded.toFixed(3)} s, ${size('tone-10s.wav')}`);
    console.log(
      `tone-10s.mp3: ${mp3.seconds.toFixed(3)} s of tone; soxi -D ${mp3.header.toFixed(3)} s, ` +
        `sox decode ${mp3.decoded.toFixed(3)} s; ${size('tone-10s.mp3')}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
