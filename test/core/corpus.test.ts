import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS, checkCorpus, formatRows } from '../../scripts/check-corpus.js';
import { parseChapters, parseTranscript } from '../../src/core/formats/index.js';
import { normaliseChapters, normaliseSegments } from '../../src/core/normalise.js';

const dir = process.env['CORPUS_DIR'] ?? DEFAULT_CORPUS;
const skip = existsSync(dir) ? false : 'corpus not present';
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('real-world corpus', { skip }, () => {
  it('reads every file as expected', () => {
    const rows = checkCorpus(dir);
    assert.ok(rows.length >= 50, `only ${rows.length} files found`);
    const failed = rows.filter((row) => !row.ok);
    assert.deepEqual(
      failed.map((row) => row.file),
      [],
      formatRows(failed),
    );
  });

  it('gives every item a finite, non-negative start, and a normalised end not before it', () => {
    for (const row of checkCorpus(dir)) {
      const text = read(row.file);
      const items =
        row.kind === 'transcript' ? normaliseSegments(parseTranscript(text).items) : normaliseChapters(parseChapters(text).items);
      for (const item of items) {
        assert.ok(Number.isFinite(item.start) && item.start >= 0, row.file);
        assert.ok(item.end >= item.start, row.file);
      }
    }
  });

  it('keeps toc:false chapters, marked (cd SPILL Outrun: 23 of 57 hidden)', () => {
    const { items } = parseChapters(read('chapters/cdspill-outrun-57ch-23hidden.json'));
    assert.equal(items.length, 57);
    assert.equal(items.filter((chapter) => !chapter.toc).length, 23);
  });

  it('resolves relative chapter art against the chapters URL', () => {
    const { items } = parseChapters(read('chapters/mtillmann-version-last-relative-img.json'), {
      url: 'https://cdn.example.com/ep/chapters.json',
    });
    assert.equal(items[0]!.image, 'https://cdn.example.com/ep/chapter_001.jpg');
    assert.equal(items[0]!.start, 6.202);
  });

  it('reads the same Buzzcast episode alike from JSON, SRT and HTML', () => {
    const json = parseTranscript(read('transcripts/transcriptator-buzzcast.json')).items;
    const srt = parseTranscript(read('transcripts/transcriptator-buzzcast.srt')).items;
    const html = parseTranscript(read('transcripts/transcriptator-buzzcast.html')).items;
    assert.deepEqual([json[0]!.speaker, srt[0]!.speaker, html[0]!.speaker], ['Alban', 'Alban', 'Alban']);
    assert.equal(json[0]!.text, 'It is so stinking nice to like, show up and record this');
    assert.equal(srt[0]!.text, 'It is so stinking nice to like, show up and record this');
    assert.ok(html[0]!.text.startsWith('It is so stinking nice to like, show up and record this show.'));
    // 959 segments, 470 of them halves of a split caption.
    assert.equal(json.length, 489);
  });

  it('groups the 2,442-word file into readable lines with word timing', () => {
    const { items } = parseTranscript(read('transcripts/transcriptator-how_to_start_a_podcast.json'));
    assert.equal(items.reduce((sum, line) => sum + (line.words?.length ?? 0), 0) > 2000, true);
    for (const line of items) assert.ok(line.words!.length <= 25 && line.words!.length >= 1);
    assert.ok(items[0]!.text.startsWith('Hey, Travis Albritain here.'));
  });

  it('reads Podnews seconds-only VTT stamps that browsers drop', () => {
    const { items } = parseTranscript(read('transcripts/transcriptator-podnews_daily_2024-01-25.vtt'));
    assert.deepEqual([items[0]!.start, items[0]!.end, items[0]!.speaker], [0.86, 7.38, 'SPEAKER_1']);
  });
});
