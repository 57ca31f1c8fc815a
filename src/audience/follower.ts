import type { AudienceState } from '../protocol/audience-messages.ts';
import type { RevealApi } from '../runtime/deck-context.ts';

/**
 * Keeps the viewer's deck on the speaker's slide and step while they follow live. A viewer who
 * moves on their own (swipe, arrows) leaves live: states still arrive and are kept, and
 * `rejoin()` (the "live" button), or coming back to the speaker's place, follows again.
 */
export class Follower {
  private latest: AudienceState | undefined;
  private live = true;
  private applying = false;

  constructor(
    private readonly reveal: RevealApi,
    private readonly changed: () => void,
  ) {
    const onMove = (): void => {
      if (this.applying || !this.latest) return;
      this.live = this.atLatest();
      this.changed();
    };
    for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, onMove);
  }

  /** A state from the relay: shown at once while live, kept for later otherwise. */
  receive(state: AudienceState): void {
    this.latest = state;
    if (this.live) this.show(state);
    this.changed();
  }

  rejoin(): void {
    this.live = true;
    if (this.latest) this.show(this.latest);
    this.changed();
  }

  isLive(): boolean {
    return this.live;
  }

  /** No state from the speaker yet. */
  waiting(): boolean {
    return this.latest === undefined;
  }

  /** The slide shown, counted from 1, and how many there are. */
  where(): { index: number; total: number } | undefined {
    return this.latest ? { index: this.reveal.getSlidePastCount() + 1, total: this.reveal.getTotalSlides() } : undefined;
  }

  private show(state: AudienceState): void {
    this.applying = true;
    try {
      this.reveal.slide(state.h, state.v, state.f ?? -1);
      // The speaker's blackout (B) blacks out every phone that follows live.
      if (this.reveal.isPaused() !== state.paused) this.reveal.togglePause(state.paused);
    } finally {
      this.applying = false;
    }
    document.documentElement.dataset.talkFollowing = `${state.slide}:${state.f ?? -1}`;
  }

  private atLatest(): boolean {
    const state = this.latest;
    if (!state) return true;
    const { h, v, f } = this.reveal.getIndices();
    return h === state.h && (v ?? 0) === state.v && (f ?? -1) === (state.f ?? -1);
  }
}
