/**
 * The page's readiness signal: `<html data-deck-ready="true">` once fonts have loaded and every
 * tracked task (diagrams of the current slide) has settled; "false" while anything is pending.
 * Tests and the exporter wait on it instead of sleeping. `<html data-first-slide="shown">` marks,
 * once, the moment the first slide was ready (the bench measures to it), which may come before the
 * first "true": work started then (the deck's later slides) keeps the signal "false".
 */
export class Readiness {
  private pending = 0;
  private started = false;
  private shown = false;
  private readonly firstHooks: (() => void)[] = [];
  private reportReady: () => void = () => undefined;
  /** Settles the moment the first slide is ready. */
  readonly firstReady = new Promise<void>((resolve) => (this.reportReady = resolve));

  /**
   * Runs `hook` the moment the first slide is ready, before the signal is written: a task it
   * tracks keeps `data-deck-ready` "false", with no "true" in between for a waiter to catch (a
   * MutationObserver would see one that a promise callback on firstReady took back).
   */
  beforeFirstReady(hook: () => void): void {
    if (this.shown) hook();
    else this.firstHooks.push(hook);
  }

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
    if (this.started && this.pending === 0 && !this.shown) {
      this.shown = true;
      document.documentElement.dataset.firstSlide = 'shown';
      // What the hooks track calls publish() again, which writes "false" before this goes on.
      this.firstHooks.forEach((hook) => hook());
      this.reportReady();
    }
    document.documentElement.dataset.deckReady = String(this.started && this.pending === 0);
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
