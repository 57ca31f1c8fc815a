import { createRun } from '../../pacing/rehearsal-run.ts';
import type { TimerAction } from '../../protocol/sync-messages.ts';
import { loadTimer, saveRun, saveTimer } from '../../protocol/talk-storage.ts';
import { isFresh, pauseTimer, perSlideAt, resetTimer, showSlide, startTimer, type TimerState } from '../../pacing/talk-timer.ts';
import { showRehearsalReport } from '../rehearsal-report-view.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

const KEY_R = 82;

/**
 * Keeps the talk's time in the audience window: the timer starts with the first step forward
 * (or when the speaker view says so), counts the time of every slide, and is stored per deck so a
 * reload keeps it. A rehearsal (`?rehearse` or R) starts from zero and, when it ends (R again, or
 * → on the last step), is kept in the browser's storage and shown as planned versus actual.
 */
export class TimingController implements Controller {
  private timer: TimerState;
  private rehearsal: { startedAt: Date } | undefined;
  private offs: (() => void)[] = [];

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'options' | 'emit' | 'on' | 'locale'>) {
    this.timer = loadTimer(ctx.deck.id);
  }

  bind(): void {
    const { reveal } = this.ctx;
    this.timer = showSlide(this.timer, reveal.getCurrentSlide()?.id ?? '', Date.now());
    const stepped = (): void => {
      if (isFresh(this.timer)) this.apply('start');
    };
    for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, stepped);
    this.offs.push(() => ['slidechanged', 'fragmentshown', 'fragmenthidden'].forEach((type) => reveal.off(type, stepped)));
    this.offs.push(this.ctx.on('talk:slide-shown', ({ slide }) => this.change(showSlide(this.timer, slide.id, Date.now()))));
    this.offs.push(this.ctx.on('talk:timer-command', ({ action }) => this.apply(action)));
    reveal.addKeyBinding({ keyCode: KEY_R, key: 'R', description: 'Rehearsal: start / finish (per-slide times)' }, () => this.toggleRehearsal());
    // Finishing a rehearsal by stepping past the end: reveal does nothing there, so listen first.
    const onKey = (event: KeyboardEvent): void => {
      if (!this.rehearsal || !['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N'].includes(event.key)) return;
      if (reveal.isLastSlide() && !reveal.availableFragments().next) this.finishRehearsal();
    };
    document.addEventListener('keydown', onKey, true);
    this.offs.push(() => document.removeEventListener('keydown', onKey, true));
    if (this.ctx.options.rehearse) this.startRehearsal();
    else this.publish();
  }

  unbind(): void {
    this.offs.forEach((off) => off());
  }

  /** Starts, pauses or resets the timer. */
  apply(action: TimerAction): void {
    const now = Date.now();
    if (action === 'start') this.change(startTimer(this.timer, now));
    else if (action === 'pause') this.change(pauseTimer(this.timer, now));
    else {
      this.rehearsal = undefined;
      this.change(resetTimer(this.timer));
    }
  }

  toggleRehearsal(): void {
    if (this.rehearsal) this.finishRehearsal();
    else this.startRehearsal();
  }

  /** Zeroes the timer and starts counting a rehearsal on the current slide. */
  startRehearsal(): void {
    document.querySelector('.talk-rehearsal-report')?.remove();
    this.rehearsal = { startedAt: new Date() };
    this.change(startTimer(resetTimer(this.timer), Date.now()));
  }

  /** Ends the run: keeps it in storage and shows the planned-versus-actual table. */
  finishRehearsal(): void {
    const rehearsal = this.rehearsal;
    if (!rehearsal) return;
    const now = Date.now();
    const run = createRun(this.ctx.deck.id, this.ctx.deck, perSlideAt(this.timer, now), rehearsal.startedAt, new Date(now));
    this.rehearsal = undefined;
    this.change(pauseTimer(this.timer, now));
    saveRun(this.ctx.deck.id, run);
    showRehearsalReport(this.ctx.deck, run, this.ctx.locale());
  }

  private change(next: TimerState): void {
    this.timer = next;
    saveTimer(this.ctx.deck.id, next);
    this.publish();
  }

  private publish(): void {
    document.documentElement.dataset.talkRehearsing = String(!!this.rehearsal);
    this.ctx.emit('talk:timer-changed', { timer: this.timer, rehearsing: !!this.rehearsal });
  }
}
