import { expect } from '@esm-bundle/chai';
import { fetchText } from '../../src/data/fetch-text.js';
import { dataFromUrl, dataFromValue } from '../../src/data/load-data.js';

/** A file as a server would send it, from bytes the test makes: a blob URL keeps its type as Content-Type. */
function served(bytes: Uint8Array<ArrayBuffer>, type: string): string {
  return URL.createObjectURL(new Blob([bytes], { type }));
}

// “Café” – Straße, 5 € in windows-1252, as Windows tools write SRT.
const CP1252_LINE = [
  0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x2c, 0x20, 0x35, 0x20, 0x80,
];
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const cp1252Srt = Uint8Array.from([...ascii('1\r\n00:00:01,000 --> 00:00:02,000\r\n'), ...CP1252_LINE, ...ascii('\r\n')]);

function utf16be(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i));
  return bytes;
}

describe('text encodings of fetched and given files', () => {
  it('decodes a windows-1252 SRT served with charset=utf-8 instead of showing U+FFFD', async () => {
    const url = served(cp1252Srt, 'application/x-subrip; charset=utf-8');
    const file = await fetchText(url, 'transcript');
    expect(file.text).to.contain('“Café” – Straße, 5 €');
    const loaded = await dataFromUrl('transcript', url, undefined, new AbortController().signal);
    expect(loaded.items.map((item) => item.text)).to.deep.equal(['“Café” – Straße, 5 €']);
  });

  it('decodes a UTF-16 WebVTT file by its byte-order mark', async () => {
    const url = served(utf16be('WEBVTT\n\n00:00.000 --> 00:01.000\n<v Zoë>Grüße aus Köln\n'), 'text/vtt');
    const loaded = await dataFromUrl('transcript', url, undefined, new AbortController().signal);
    expect(loaded.error).to.equal(undefined);
    expect(loaded.items).to.deep.equal([{ start: 0, end: 1, text: 'Grüße aus Köln', speaker: 'Zoë' }]);
  });

  it('decodes a charset the server names when the bytes are in it', async () => {
    const url = served(Uint8Array.from([0x82, 0xa0, 0x82, 0xa2]), 'text/plain; charset=Shift_JIS');
    expect((await fetchText(url, 'transcript')).text).to.equal('あい');
  });

  it('reads inline data given as bytes, and marks a plain-text transcript untimed', () => {
    expect(dataFromValue('transcript', cp1252Srt).items.map((item) => item.text)).to.deep.equal(['“Café” – Straße, 5 €']);
    const plain = dataFromValue('transcript', new TextEncoder().encode('Ann: Hello.\n\nBob: Hi.').buffer);
    expect(plain.untimed).to.equal(true);
    expect(plain.items.map((item) => [item.start, item.speaker, item.text])).to.deep.equal([
      [0, 'Ann', 'Hello.'],
      [0, 'Bob', 'Hi.'],
    ]);
  });
});
