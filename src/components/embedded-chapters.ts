import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { describeUrl } from '../core/describe-url.js';
import { message, type Message, type Problem } from '../core/message.js';
import type { RawChapter } from '../core/model.js';
import type { EmbeddedChapters } from '../data/load-embedded-chapters.js';
import { loadModule } from '../lazy.js';

/** What the player asks of the chapters inside its audio, on every update. */
export interface EmbeddedChaptersWish {
  /** The audio (its URL, and its MIME type when the episode names one). */
  src: string;
  type?: string | undefined;
  /** The episode names no chapters (or the page asked for these). */
  wanted: boolean;
  /** The page asked for them now (`chapters="embedded"`), not only once the audio is fetched. */
  upFront: boolean;
}

/** Audio formats that never carry an ID3v2 tag at their start: not even ten bytes are asked of them. */
const NOT_MP3_TYPE = /^audio\/(?!mpeg|mp3|x-mpeg|mpeg3|x-mp3)/;
const NOT_MP3_FILE = /\.(?:m4a|m4b|mp4|aac|ogg|oga|opus|wav|flac|webm|weba)$/i;

/**
 * The chapters written inside an MP3 (ID3 `CHAP` frames), for an episode that names no
 * chapters. Every request for the audio counts in a podcast's download statistics, so the
 * tag is read when the audio itself is first fetched (on the listener's intent under
 * `preload="none"`, at once under `metadata` or `auto`), or up front when the page asks
 * with `chapters="embedded"`. The ID3 reader is loaded only then.
 */
export class EmbeddedChaptersController {
  /** The audio whose fetching has begun: reading its tag costs the listener nothing more. */
  private fetchedSrc = '';
  private readonly task: Task<readonly [string], EmbeddedChapters>;

  constructor(
    private readonly host: ReactiveControllerHost,
    wish: () => EmbeddedChaptersWish,
  ) {
    this.task = new Task(host, {
      args: () => {
        const { src, type, wanted, upFront } = wish();
        const now = upFront || src === this.fetchedSrc;
        return [wanted && now && src && mayHaveId3(src, type) ? src : ''] as const;
      },
      // Chapters found reach the player as data of its chapters resource, which owes a `ready` then.
      task: ([src], { signal }) => (src ? read(src, signal) : initialState),
    });
  }

  /** The audio at `src` is being fetched (the listener showed intent, or pressed play). */
  audioFetched(src: string): void {
    if (src === this.fetchedSrc) return;
    this.fetchedSrc = src;
    this.host.requestUpdate();
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  private get result(): EmbeddedChapters | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** The chapters read, as the player's chapters resource takes data (the same array until another file is read). */
  get source(): { data: RawChapter[] } | undefined {
    const result = this.result;
    return result?.outcome === 'read' ? { data: result.items } : undefined;
  }

  /** Why they could not be read (no Range support, CORS, …): a notice, not an error, since the episode plays on. */
  get notice(): Message | undefined {
    return this.result?.outcome === 'skipped' ? this.result.problems.find((problem) => problem.fatal) : undefined;
  }

  /** What was left out of chapters that were read (a picture too large, say). */
  get problems(): Problem[] {
    return this.result?.outcome === 'read' ? this.result.problems : [];
  }
}

async function read(src: string, signal: AbortSignal): Promise<EmbeddedChapters> {
  try {
    const { loadEmbeddedChapters } = await loadModule('id3');
    return await loadEmbeddedChapters(src, { signal });
  } catch (error) {
    // The reader's file did not load: a script-tag page that copied only the main script.
    const problem = {
      ...message('load-failed', {
        resource: 'chapters',
        file: describeUrl(src),
        detail: error instanceof Error ? error.message : String(error),
      }),
      fatal: true,
    };
    return { items: [], problems: [problem], outcome: 'skipped', bytesFetched: 0 };
  }
}

function mayHaveId3(src: string, type: string | undefined): boolean {
  if (type) return !NOT_MP3_TYPE.test(type);
  try {
    return !NOT_MP3_FILE.test(new URL(src, globalThis.document?.baseURI).pathname);
  } catch {
    return false;
  }
}
