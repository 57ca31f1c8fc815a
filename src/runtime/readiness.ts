/**
 * The page's readiness signal: `<html data-deck-ready="true">` once fonts have loaded and every
 * tracked task (diagrams of the current slide) has settled; "false" while anything is pending.
 * Tests and the exporter wait on it instead of sleeping.
 */
export class Readiness {
  private pending = 0;
  private started = false;
  private reportReady: () => void = () => undefined;
  /** Settles the first time the page reports ready. */
  readonly firstReady = new Promise<void>((resolve) => (this.reportReady = resolve));

  /** Starts reporting; nothing is ready before reveal.js has laid out the deck. */
  start(): void {
    this.started = true;
    this.track(document.fonts.ready);
  }

  track(task: Promise<unknown>): void {
    this.pending++;
    this.publish();
    const settled = task.catch(() => undefined).then(settle);
    void settled.then(() => {
      this.pending--;
      this.publish();
    });
  }

  private publish(): void {
    const ready = this.started && this.pending === 0;
    document.documentElement.dataset.deckReady = String(ready);
    if (ready) this.reportReady();
  }
}

/**
 * Waits one frame, so that fonts the new layout asks for are already in document.fonts.ready and
 * slide transitions have started, then for both: a screenshot mid-transition shows half a slide.
 */
async function settle(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await document.fonts.ready;
  // Only the slides' own transitions: reveal's controls run a long decorative "bounce" animation.
  const slides = document.querySelector('.reveal .slides');
  const moving = slides ? slides.getAnimations({ subtree: true }).filter((animation) => animation instanceof CSSTransition) : [];
  await Promise.all(moving.map((animation) => animation.finished.catch(() => undefined)));
}
