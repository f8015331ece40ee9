import { expect } from '@esm-bundle/chai';
import { readTranscript } from '../../src/core/formats/index.js';
import { PREVIEW_FROM, readSource } from '../../src/data/read-source.js';
import type { LoadedData } from '../../src/data/usable-data.js';

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/** Timestamped lines, a rare format whose parser the player loads on use, longer than `PREVIEW_FROM`. */
function longLines(): string {
  const lines: string[] = [];
  for (let i = 0, length = 0; length <= PREVIEW_FROM; i++) {
    const line = `${clock(i * 3)}: Speaker ${i % 3}: line ${i} of a long transcript read in the player.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

describe('readSource with the rare formats’ parsers loaded on use', () => {
  // First: the parsers are not loaded yet, and the first lines wait for them.
  it('shows the first lines of a long timestamped-lines transcript before the whole is read', async () => {
    const text = longLines();
    const previews: LoadedData<unknown>[] = [];
    const read = await readSource({ kind: 'transcript', value: text }, new AbortController().signal, {
      preview: (data) => previews.push(data),
    });
    const whole = readTranscript(text).items;
    expect(read.items).to.deep.equal(whole);
    expect(previews).to.have.length(1);
    const first = previews[0]!.items;
    expect(first.length).to.be.greaterThan(1);
    expect(first).to.deep.equal(whole.slice(0, first.length));
  });

  it('reads an HTML transcript handed over as text', async () => {
    const html = '<cite>Ann:</cite>\n<time>0:00</time>\n<p>Hello.</p>\n<time>0:05</time>\n<p>Bye.</p>';
    const read = await readSource({ kind: 'transcript', value: html }, new AbortController().signal);
    expect(read.error).to.equal(undefined);
    expect(read.items).to.deep.equal(readTranscript(html).items);
  });

  it('reads Podlove Simple Chapters', async () => {
    const psc =
      '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters"><psc:chapter start="0:05" title="A"/></psc:chapters>';
    const read = await readSource({ kind: 'chapters', value: psc }, new AbortController().signal);
    expect(read.items).to.deep.equal([{ start: 5, title: 'A', toc: true }]);
  });
});
