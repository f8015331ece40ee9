import { expect } from '@esm-bundle/chai';
import { ShowNotes } from '../../src/components/show-notes.js';
import { REQUEST } from '../../src/components/events.js';
import type { PlayerRequest } from '../../src/components/requests.js';
import { define } from '../../src/define.js';

define('tp-show-notes', ShowNotes);

const BASE = 'https://blog.example.com/2024/05/episode-12/';

/** Every element and attribute the notes may contain; anything else came from the data. */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  section: ['class', 'part', 'aria-label'],
  a: ['part', 'href', 'target', 'rel'],
  button: ['type', 'part', 'title'],
  p: [],
  br: [],
  ul: [],
  ol: [],
  li: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  blockquote: [],
  h3: [],
  h4: [],
  code: [],
};

async function render(notes: string, baseUrl = BASE, container: Node = document.body): Promise<ShowNotes> {
  const element = document.createElement('tp-show-notes') as ShowNotes;
  element.html = notes;
  element.baseUrl = baseUrl;
  container.appendChild(element);
  await element.updateComplete;
  return element;
}

function assertOnlyAllowed(element: ShowNotes): void {
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    const tag = node.localName;
    expect(Object.keys(ALLOWED_ATTRIBUTES), `element <${tag}>`).to.include(tag);
    for (const attribute of node.getAttributeNames()) {
      expect(ALLOWED_ATTRIBUTES[tag], `attribute ${attribute} on <${tag}>`).to.include(attribute);
    }
    if (tag === 'a') {
      expect(['http:', 'https:', 'mailto:']).to.include(new URL(node.getAttribute('href')!).protocol);
      expect(node.getAttribute('target')).to.equal('_blank');
      expect(node.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  }
}

declare global {
  interface Window {
    __pwned?: string;
  }
}

describe('tp-show-notes', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll('tp-show-notes, .host')) element.remove();
    delete window.__pwned;
  });

  it('renders formatting, lists and links, with links opening in a new tab', async () => {
    const element = await render(
      `<h2>Links</h2><p>We talk about <strong>Sora</strong> and <em>SongDNA</em>.</p>
       <ul><li><a href="https://openai.com/sora" onclick="x()">Sora</a></li><li><a href="../songdna/">Our article</a></li></ul>
       <blockquote><p>Quote</p></blockquote><p>Run <code>npm i</code><br>then go.</p>`,
    );
    const root = element.shadowRoot!;
    const notes = root.querySelector('[part~="notes"]')!;
    expect(notes.getAttribute('aria-label')).to.equal('Show notes');
    expect([...notes.children].map((child) => child.localName)).to.deep.equal(['h3', 'p', 'ul', 'blockquote', 'p']);
    expect(root.querySelector('p strong')!.textContent).to.equal('Sora');
    expect(root.querySelector('p em')!.textContent).to.equal('SongDNA');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.href)).to.deep.equal(['https://openai.com/sora', 'https://blog.example.com/2024/05/songdna/']);
    for (const link of links) expect(link.part.contains('notes-link')).to.equal(true);
    expect(root.querySelector('code')!.textContent).to.equal('npm i');
    expect(root.querySelectorAll('br').length).to.equal(1);
    assertOnlyAllowed(element);
  });

  it('renders nothing for empty notes, and re-renders when the notes change', async () => {
    const element = await render('');
    expect(element.shadowRoot!.querySelector('[part~="notes"]')).to.equal(null);
    element.html = '<p>Now with notes</p>';
    element.label = 'Notes';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('p')!.textContent).to.equal('Now with notes');
    expect(element.shadowRoot!.querySelector('[part~="notes"]')!.getAttribute('aria-label')).to.equal('Notes');
  });

  it('shows markup written as text as text', async () => {
    const element = await render('<p>&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;</p>');
    const p = element.shadowRoot!.querySelector('p')!;
    expect(p.textContent).to.equal('<b>not bold</b> & <script>');
    expect(p.children.length).to.equal(0);
  });

  const PAYLOADS = [
    `<script>window.__pwned = 'script'</script>`,
    `<img src=x onerror="window.__pwned = 'img'">`,
    `<svg onload="window.__pwned = 'svg'"><script>window.__pwned = 'svg-script'</script></svg>`,
    `"><svg/onload=window.__pwned='svg2'>`,
    `<a href="javascript:window.__pwned='js'">js link</a>`,
    `<a href="jav&#x09;ascript:window.__pwned='tab'">tab link</a>`,
    `<a href="data:text/html,<script>parent.__pwned='data'</script>">data link</a>`,
    `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
    `<!-- <script>window.__pwned = 'comment'</script> -->`,
    `<![CDATA[<script>window.__pwned = 'cdata'</script>]]>`,
    `<a title="x>y" href="javascript:window.__pwned='quoted'" onmouseover="window.__pwned='over'">quoted</a>`,
    `<p style="background:url(javascript:window.__pwned='style')" onclick="window.__pwned='click'">styled`,
    `<details open ontoggle="window.__pwned='toggle'">toggle</details>`,
    `<body onload="window.__pwned='body'">`,
    `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
    `<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>">`,
    `<form action="javascript:window.__pwned='form'"><button>go</button></form>`,
    `<object data="javascript:window.__pwned='object'"></object><embed src="javascript:window.__pwned='embed'">`,
    `<img src=x onerror="window.__pwned = 'unclosed'"`,
  ];

  for (const payload of PAYLOADS) {
    it(`never runs or creates markup from the data: ${payload.slice(0, 40)}`, async () => {
      const element = await render(`<p>before</p>${payload}<p>after 1:02</p>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
      assertOnlyAllowed(element);
      expect(element.shadowRoot!.textContent).not.to.contain('__pwned');
      // Clicking every link and button must not run anything either (links would open a tab: only check their URLs).
      for (const button of element.shadowRoot!.querySelectorAll('button')) button.click();
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('turns timestamps into buttons that ask for a composed seek that plays', async () => {
    // Inside another shadow root, as in the player: the request must cross it.
    const host = document.createElement('div');
    host.className = 'host';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const element = await render(
      '<p>Sora at 0:33, SongDNA at 2:11 and the end (1:02:03).</p><p><a href="https://e.example/">not 3:00</a></p>',
      BASE,
      shadow,
    );
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.map((button) => button.textContent)).to.deep.equal(['0:33', '2:11', '1:02:03']);
    for (const button of buttons) {
      expect(button.part.contains('notes-time')).to.equal(true);
      expect(button.type).to.equal('button');
    }
    expect(buttons[1]!.title).to.equal('2 minutes, 11 seconds');
    expect(element.shadowRoot!.querySelector('p')!.textContent).to.equal('Sora at 0:33, SongDNA at 2:11 and the end (1:02:03).');

    const requests: CustomEvent<PlayerRequest>[] = [];
    const listener = (event: Event) => requests.push(event as CustomEvent<PlayerRequest>);
    host.addEventListener(REQUEST, listener);
    buttons[1]!.click();
    buttons[2]!.click();
    host.removeEventListener(REQUEST, listener);
    expect(requests.map((event) => event.detail.type)).to.deep.equal(['seek-to', 'seek-to']);
    expect(requests.map((event) => event.detail.type === 'seek-to' && { time: event.detail.time, play: event.detail.play })).to.deep.equal([
      { time: 131, play: true },
      { time: 3723, play: true },
    ]);
    expect(requests[0]!.composed).to.equal(true);
    expect(requests[0]!.bubbles).to.equal(true);
  });

  it('resolves relative links against the page when no base is given', async () => {
    const element = await render('<a href="/demo/episode.json">file</a>', '');
    expect(element.shadowRoot!.querySelector('a')!.href).to.equal(new URL('/demo/episode.json', document.baseURI).href);
  });
});
