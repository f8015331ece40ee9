import type { ReactiveControllerHost } from 'lit';
import { ResumeStore, worthKeeping, type ResumePoint } from './resume-store.js';

/**
 * "Resume at 12:34": the position saved on an earlier visit to this episode, offered
 * until the listener plays, and the speed restored at once; the transcript language
 * chosen is kept with them. Saves while playing (the
 * store limits how often), on pause and when the page goes away; forgets at the end.
 */
export class ResumeOffer {
  /** The position to offer, until the listener plays or accepts. */
  offer: ResumePoint | undefined;
  /** A controller of the host while it is this episode's: it saves when the page goes away. */
  private store: ResumeStore | undefined;
  private key: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly restoreRate: (rate: number) => void,
  ) {}

  /** The episode's key (its audio URL), or undefined when nothing is to be remembered. */
  setEpisode(key: string | undefined): void {
    if (key === this.key) return;
    if (this.store) {
      this.store.flush();
      this.host.removeController(this.store);
    }
    this.key = key;
    this.store = key ? new ResumeStore(this.host, key) : undefined;
    this.offer = this.store?.load();
    if (this.offer && this.offer.rate !== 1) this.restoreRate(this.offer.rate);
    this.host.requestUpdate();
  }

  /**
   * The episode's length, once known: an offer past its end (or in its last seconds, which
   * are not kept) is withdrawn, so the player never offers a position the audio does not have.
   */
  fitTo(duration: number | undefined): void {
    if (this.offer && duration && duration > 0 && !worthKeeping(this.offer.position, duration)) this.withdraw();
  }

  /** Takes the offer (once): where to play from. */
  accept(): ResumePoint | undefined {
    const offer = this.offer;
    this.withdraw();
    return offer;
  }

  /** Playback began: the offer is moot. */
  withdraw(): void {
    if (!this.offer) return;
    this.offer = undefined;
    this.host.requestUpdate();
  }

  playing(position: number, duration: number, rate: number): void {
    this.store?.update(position, duration, rate);
  }

  flush(): void {
    this.store?.flush();
  }

  /** The transcript language the listener chose for this episode, on this or an earlier visit. */
  get language(): string | undefined {
    return this.store?.language();
  }

  /** Remembers the transcript language with the position (nothing, under `no-resume`). */
  rememberLanguage(language: string): void {
    this.store?.setLanguage(language);
  }

  ended(): void {
    this.store?.clear();
  }
}
