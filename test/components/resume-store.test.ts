import { expect } from '@esm-bundle/chai';
import { ResumeStore, STORAGE_PREFIX } from '../../src/components/resume-store.js';

describe('ResumeStore', () => {
  let key: string;
  let clock: number;
  const store = () => new ResumeStore(undefined, key, { now: () => clock });
  const stored = () => localStorage.getItem(STORAGE_PREFIX + key);
  const restorers: (() => void)[] = [];

  beforeEach(() => {
    key = `https://cdn.example.com/ep-${Math.random()}.mp3`;
    clock = 1_000_000;
  });
  afterEach(() => {
    for (const restore of restorers.splice(0)) restore();
    localStorage.removeItem(STORAGE_PREFIX + key);
  });

  /** Replaces a Storage method for one test, as Safari's private mode or a sandboxed iframe would behave. */
  function breakStorage(method: 'getItem' | 'setItem' | 'removeItem'): void {
    const original = Storage.prototype[method];
    Storage.prototype[method] = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    restorers.push(() => {
      Storage.prototype[method] = original as never;
    });
  }

  it('remembers position and speed per episode, as JSON under a prefixed key', () => {
    const resume = store();
    resume.update(75.5, 1800, 1.5);
    expect(JSON.parse(stored()!)).to.deep.equal({ position: 75.5, rate: 1.5, savedAt: 1_000_000 });
    expect(store().load(1800)).to.deep.equal({ position: 75.5, rate: 1.5, savedAt: 1_000_000 });
    expect(new ResumeStore(undefined, `${key}-other`).load()).to.equal(undefined);
  });

  it('writes at most every 5 seconds while playing, and at once on flush (pause)', () => {
    const resume = store();
    resume.update(20, 1800, 1);
    clock += 1000;
    resume.update(21, 1800, 1);
    clock += 3000;
    resume.update(24, 1800, 1);
    expect(store().load()!.position).to.equal(20);
    clock += 1000;
    resume.update(25, 1800, 1);
    expect(store().load()!.position).to.equal(25);
    clock += 250;
    resume.update(25.25, 1800, 1.25);
    expect(store().load()!.position).to.equal(25);
    resume.flush();
    expect(store().load()).to.deep.equal({ position: 25.25, rate: 1.25, savedAt: clock });
  });

  it('writes what is pending when the page is hidden or left', () => {
    const resume = store();
    resume.hostConnected();
    resume.update(30, 1800, 1);
    clock += 100;
    resume.update(31, 1800, 1);
    window.dispatchEvent(new Event('pagehide'));
    expect(store().load()!.position).to.equal(31);
    resume.hostDisconnected();
    clock += 5000;
    resume.update(40, 1800, 1);
    clock += 100;
    resume.update(41, 1800, 1);
    window.dispatchEvent(new Event('pagehide'));
    expect(store().load()!.position, 'no listener after disconnect').to.equal(40);
  });

  it('forgets the episode near its start or its end', () => {
    const resume = store();
    resume.update(300, 1800, 1);
    expect(store().load()).to.not.equal(undefined);
    clock += 5000;
    resume.update(1790, 1800, 1);
    expect(stored(), 'within 15 s of the end').to.equal(null);
    clock += 5000;
    resume.update(300, 1800, 1);
    clock += 5000;
    resume.update(9, 1800, 1);
    expect(stored(), 'back at the start').to.equal(null);
  });

  it('does not offer a saved position that is too close to the start or end once the duration is known', () => {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 1790, rate: 1, savedAt: 1 }));
    expect(store().load()).to.deep.equal({ position: 1790, rate: 1, savedAt: 1 });
    expect(store().load(1800)).to.equal(undefined);
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 5, rate: 1, savedAt: 1 }));
    expect(store().load()).to.equal(undefined);
  });

  it('reads what another version or a person wrote without trusting it', () => {
    for (const text of ['not json', 'null', '[]', '{"position":"60"}', '{"position":-20}']) {
      localStorage.setItem(STORAGE_PREFIX + key, text);
      expect(store().load(), text).to.equal(undefined);
    }
    localStorage.setItem(STORAGE_PREFIX + key, '{"position":60,"rate":"fast"}');
    expect(store().load()).to.deep.equal({ position: 60, rate: 1, savedAt: 0 });
  });

  it('takes no rate a media element refuses and no position past any episode', () => {
    // play() would throw NotSupportedError at these rates, and 1e308 s reads "2.7e+304:58:56".
    for (const rate of [1000, 0.0001, 0, -1]) {
      localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 60, rate, savedAt: 1 }));
      expect(store().load()?.rate, String(rate)).to.equal(1);
    }
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 60, rate: 3, savedAt: 1 }));
    expect(store().load()?.rate, 'a rate the page chose, outside the menu').to.equal(3);
    for (const position of [1e308, 360_001]) {
      localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position, rate: 1, savedAt: 1 }));
      expect(store().load(), String(position)).to.equal(undefined);
    }
  });

  it('survives localStorage throwing (Safari private mode, sandboxed iframes)', () => {
    store().update(60, 1800, 1);
    breakStorage('getItem');
    breakStorage('setItem');
    breakStorage('removeItem');
    const resume = store();
    expect(resume.load()).to.equal(undefined);
    resume.update(120, 1800, 1);
    resume.flush();
    resume.update(1, 1800, 1);
    resume.flush();
    resume.clear();
  });

  it('survives localStorage itself being unreachable', () => {
    const resume = new ResumeStore(undefined, key, {
      storage: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(resume.load()).to.equal(undefined);
    resume.update(120, 1800, 1);
    resume.flush();
  });

  it('forgets on clear (after the episode ended)', () => {
    const resume = store();
    resume.update(120, 1800, 1);
    resume.clear();
    expect(stored()).to.equal(null);
  });

  it('keeps the transcript language chosen with the position, and keeps it when the position goes', () => {
    const resume = store();
    resume.setLanguage('de');
    expect(JSON.parse(stored()!)).to.deep.equal({ position: 0, rate: 1, savedAt: 1_000_000, language: 'de' });
    expect(store().load(), 'position 0 is never offered').to.equal(undefined);
    expect(store().language()).to.equal('de');
    clock += 10_000;
    resume.update(75, 1800, 1.25);
    expect(JSON.parse(stored()!)).to.deep.equal({ position: 75, rate: 1.25, savedAt: 1_010_000, language: 'de' });
    expect(store().load(1800)).to.deep.equal({ position: 75, rate: 1.25, savedAt: 1_010_000, language: 'de' });
    resume.setLanguage('');
    expect(store().language(), 'a transcript whose language is not stated').to.equal('');
    expect(store().load(1800)!.position, 'the position stays').to.equal(75);
    clock += 10_000;
    resume.update(3, 1800, 1);
    expect(JSON.parse(stored()!)).to.deep.equal({ position: 0, rate: 1, savedAt: 1_020_000, language: '' });
    resume.clear();
    expect(JSON.parse(stored()!)).to.include({ position: 0, language: '' });
  });

  it('ignores a language that is not a language subtag, and keeps the rest of the entry', () => {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ position: 60, rate: 1, savedAt: 5, language: '<script>' }));
    expect(store().load()).to.deep.equal({ position: 60, rate: 1, savedAt: 5 });
    expect(store().language()).to.equal(undefined);
  });
});
