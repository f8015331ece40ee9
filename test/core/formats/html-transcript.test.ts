import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHtmlTranscript } from '../../../src/core/formats/html-transcript.js';
import { inEnglish } from '../in-english.js';

describe('parseHtmlTranscript', () => {
  it('reads <cite>, <time> and <p> turns; ends come from the next start', () => {
    const html = `<cite>Travis:</cite>
<time>0:00</time>
<p>When you first get started in podcasting, it&#39;s almost guaranteed.</p>
<cite>Sarah:</cite>
<time>0:53</time>
<p>Creating good audio is really key &amp; cheap.</p>
<cite>Travis:</cite>
<time>1:02:03</time>
<p>Thanks!</p>`;
    assert.deepEqual(parseHtmlTranscript(html), {
      items: [
        { start: 0, end: 53, text: "When you first get started in podcasting, it's almost guaranteed.", speaker: 'Travis' },
        { start: 53, end: 3723, text: 'Creating good audio is really key & cheap.', speaker: 'Sarah' },
        { start: 3723, text: 'Thanks!', speaker: 'Travis' },
      ],
      problems: [],
    });
  });

  it('reads a Buzzsprout page wrapped in <html><body>, with a comment and <p></p> spacers', () => {
    const html = `
<!-- saved from url=(0054)https://feeds.buzzsprout.com/231452/9092843/transcript -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><cite>Alban:</cite>
  <time>0:00</time>
  <p>It is so stinking nice</p>
  <p></p>
  <cite>Kevin:</cite>
  <time>00:00:30</time>
  <p>You guys <b>remember</b>?</p>
</body></html>`;
    assert.deepEqual(parseHtmlTranscript(html).items, [
      { start: 0, end: 30, text: 'It is so stinking nice', speaker: 'Alban' },
      { start: 30, text: 'You guys remember?', speaker: 'Kevin' },
    ]);
  });

  it('reads timestamps written as text in their own <p>, without <cite>', () => {
    const html = '<p>1:59  </p>\n<p>Okay, can you hear me?</p>\n<p></p>\n<p>2:12  </p>\n<p>Yes.</p>\n';
    assert.deepEqual(parseHtmlTranscript(html).items, [
      { start: 119, end: 132, text: 'Okay, can you hear me?' },
      { start: 132, text: 'Yes.' },
    ]);
  });

  it('shares one <time> among the paragraphs after it, in turn', () => {
    const html = '<time>0:10</time><p>aaaa</p><p>bbbb</p><time>0:18</time><p>next</p>';
    assert.deepEqual(
      parseHtmlTranscript(html).items.map((s) => [s.start, s.end]),
      [
        [10, 14],
        [14, 18],
        [18, undefined],
      ],
    );
  });

  it('shows paragraphs without any timestamp as untimed text, with Name: speakers', () => {
    const html =
      '<p>\n    Text\n</p>\n<p>\n    Peter: Text with speaker\n</p>\n<p>\n    <!-- Comment -->\n    Text with comment\n</p>\n<p>Text with special characters &#34; &#38; &#39; &#60; &#62; &quot; &apos; &amp; &lt; &gt;</p>';
    const { items, problems, untimed } = parseHtmlTranscript(html);
    assert.deepEqual(items, [
      { start: 0, text: 'Text' },
      { start: 0, speaker: 'Peter', text: 'Text with speaker' },
      { start: 0, text: 'Text with comment' },
      { start: 0, text: 'Text with special characters " & \' < > " \' & < >' },
    ]);
    // Untimed is said by the result, not as a problem: nothing was skipped.
    assert.equal(untimed, true);
    assert.deepEqual(inEnglish(problems), []);
  });

  it('closes an unclosed <p> at the next one', () => {
    assert.deepEqual(
      parseHtmlTranscript('<time>0:01</time><p>one<p>two').items.map((s) => s.text),
      ['one', 'two'],
    );
  });

  it('refuses a web page with scripts, navigation or forms', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>Episode 300</title>\n<script src="/app.js"></script></head>\n<body><nav>Home</nav><p>Listen now</p></body></html>';
    const { items, problems } = parseHtmlTranscript(page);
    assert.deepEqual(
      { items, problems: inEnglish(problems) },
      {
        items: [],
        problems: [{ where: 'line 3', message: 'this looks like a web page, not a transcript', fatal: true }],
      },
    );
    assert.equal(parseHtmlTranscript('<form action="/login"><p>Sign in</p></form>').problems[0]!.fatal, true);
  });

  it('refuses HTML without any paragraph text', () => {
    const { items, problems } = parseHtmlTranscript('<html><body><div>Not found</div><p> </p></body></html>');
    assert.deepEqual(items, []);
    assert.deepEqual(inEnglish(problems), [{ where: 'file', message: 'this looks like a web page, not a transcript', fatal: true }]);
  });

  it('reports an unreadable <time> by line and keeps going', () => {
    const { items, problems } = parseHtmlTranscript('<time>0:05</time>\n<p>a</p>\n<time>soon</time>\n<p>b</p>');
    assert.deepEqual(
      items.map((s) => [s.start, s.text]),
      [
        [5, 'a'],
        [5, 'b'],
      ],
    );
    assert.deepEqual(inEnglish(problems), [{ where: 'line 3', message: 'could not read the time "soon"' }]);
  });
});
