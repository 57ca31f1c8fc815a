import { DEFAULT_SPEAKING_OPTIONS } from '../model/check-speaking-time.ts';
import { formatSeconds, speakingSeconds } from '../model/speaking-time.ts';
import type { Locale } from '../model/types.ts';
import type { PageDeck } from '../render/rendered-deck.ts';
import { formatDuration, pacingAt } from '../pacing/pacing.ts';
import type { RehearsalRun } from '../pacing/rehearsal-run.ts';
import type { DeckPosition } from '../protocol/sync-messages.ts';
import { elapsedAt, isFresh, isRunning, perSlideAt, type TimerState } from '../pacing/talk-timer.ts';
import { SPEAKER_LABELS } from './speaker-labels.ts';

/** Everything the speaker view shows; the page re-renders from it. */
export interface SpeakerState {
  locale: Locale;
  position: DeckPosition | undefined;
  /** Where the next preview stands: undefined at the end of the talk. */
  next: DeckPosition | undefined;
  timer: TimerState;
  rehearsing: boolean;
  lastRun: RehearsalRun | undefined;
  notes: Record<string, { en: string; zh: string }>;
}

/** The speaker view's elements; `render` fills them from a SpeakerState. */
export class SpeakerView {
  readonly root: HTMLElement;
  readonly currentSlot = div('speaker-current-frame');
  readonly nextSlot = div('speaker-next-frame');
  readonly timerButton = button('timer');
  readonly resetButton = button('reset');
  readonly languageButton = button('language');
  private readonly els = {
    clock: span('speaker-clock'),
    elapsed: span('speaker-elapsed'),
    clockLabel: span('speaker-label'),
    elapsedLabel: span('speaker-label'),
    sectionLabel: span('speaker-label'),
    section: div('speaker-section'),
    sectionBar: div('speaker-bar'),
    planLabel: span('speaker-label'),
    plan: div('speaker-plan'),
    rehearsal: div('speaker-rehearsal'),
    currentLabel: div('speaker-heading'),
    meta: div('speaker-meta'),
    timing: div('speaker-timing'),
    source: div('speaker-source'),
    nextLabel: div('speaker-heading'),
    notesLabel: div('speaker-heading'),
    notes: div('speaker-notes'),
    waiting: div('speaker-waiting'),
    keys: div('speaker-keys'),
  };

  constructor(root: HTMLElement, private deck: PageDeck) {
    this.root = root;
    const e = this.els;
    const bar = div('speaker-bar-track');
    bar.append(e.sectionBar);
    const header = el('header', 'speaker-top');
    header.append(
      group(e.clockLabel, e.clock),
      group(e.elapsedLabel, e.elapsed, this.timerButton, this.resetButton),
      group(e.sectionLabel, e.section, bar),
      group(e.planLabel, e.plan),
      this.languageButton,
    );
    const current = el('section', 'speaker-current');
    current.append(e.currentLabel, this.currentSlot, e.meta, e.timing, e.source, e.rehearsal);
    const next = el('section', 'speaker-next');
    next.append(e.nextLabel, this.nextSlot);
    const notes = el('section', 'speaker-notes-panel');
    notes.append(e.notesLabel, e.notes);
    const side = el('div', 'speaker-side');
    side.append(next, notes);
    root.replaceChildren(header, e.waiting, current, side, e.keys);
  }

  /** Shows a new rendering of the deck (a slide module saved under the dev server) from the next render on. */
  update(deck: PageDeck): void {
    this.deck = deck;
  }

  /** Fills every element for `state` at time `now`. */
  render(state: SpeakerState, now: number): void {
    const t = SPEAKER_LABELS[state.locale];
    const e = this.els;
    const root = document.documentElement;
    root.lang = state.locale === 'zh' ? 'zh-Hans' : 'en';
    root.dataset.talkLocale = state.locale;
    document.title = `${t.title} · ${this.deck.title[state.locale]}`;
    e.clockLabel.textContent = t.clock;
    e.elapsedLabel.textContent = t.elapsed;
    e.sectionLabel.textContent = t.section;
    e.planLabel.textContent = t.plan;
    e.currentLabel.textContent = t.current;
    e.notesLabel.textContent = t.notes;
    e.keys.textContent = t.keys;
    e.waiting.textContent = t.waiting;
    e.waiting.hidden = state.position !== undefined;
    this.languageButton.textContent = t.language;
    this.resetButton.textContent = t.reset;
    this.timerButton.textContent = isRunning(state.timer) ? t.pause : isFresh(state.timer) ? t.start : t.resume;
    this.timerButton.dataset.talkAction = isRunning(state.timer) ? 'pause' : 'start';

    e.clock.textContent = new Date(now).toLocaleTimeString(state.locale === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    const elapsed = elapsedAt(state.timer, now);
    e.elapsed.textContent = formatDuration(elapsed) + (state.rehearsing ? ` · ${t.rehearsing}` : '');
    this.root.dataset.talkTimer = isRunning(state.timer) ? 'running' : isFresh(state.timer) ? 'stopped' : 'paused';

    const position = state.position;
    const index = position ? this.deck.slides.findIndex((s) => s.id === position.slide) : -1;
    const slide = this.deck.slides[index];
    this.root.dataset.talkSlide = position?.slide ?? '';
    this.root.dataset.talkStep = String(position?.f ?? -1);
    e.meta.textContent = slide ? `${index + 1} / ${this.deck.slides.length} · ${slide.title[state.locale]}` : '';
    e.source.textContent = slide ? `${t.source} ${slide.file}` : '';
    e.source.title = slide ? `slide "${slide.id}" from ${slide.file}` : '';
    const html = position ? state.notes[position.slide]?.[state.locale] : undefined;
    // Notes HTML comes from the build (markdown-it with raw HTML off), never from the network.
    if (e.notes.dataset.html !== `${position?.slide}:${state.locale}:${html}`) {
      e.notes.innerHTML = html || `<p class="speaker-empty">${t.noNotes}</p>`;
      e.notes.dataset.html = `${position?.slide}:${state.locale}:${html}`;
      e.notes.lang = state.locale === 'zh' ? 'zh-Hans' : 'en';
      e.timing.dataset.talkSpokenSeconds = html ? String(Math.round(spokenSecondsOf(e.notes))) : '';
    }
    this.renderTiming(slide?.minutes, t);

    const nextSlide = state.next && this.deck.slides.find((s) => s.id === state.next?.slide);
    e.nextLabel.textContent = !state.next ? t.end : state.next.slide === position?.slide ? t.nextStep : `${t.nextSlide}: ${nextSlide?.title[state.locale] ?? ''}`;
    this.nextSlot.classList.toggle('speaker-ended', !state.next);

    const pacing = position ? pacingAt(this.deck, position.slide, elapsed, perSlideAt(state.timer, now)) : undefined;
    if (!pacing) return;
    const { section } = pacing;
    e.section.textContent = `${section.title[state.locale]} (${section.slide}/${section.slides}): ${formatDuration(section.used)} ${t.of} ${formatDuration(section.planned)}`;
    e.section.dataset.talkOver = String(section.used > section.planned);
    e.sectionBar.style.width = `${Math.min(100, (section.used / Math.max(1, section.planned)) * 100)}%`;
    e.sectionBar.dataset.talkOver = String(section.used > section.planned);
    // Before the timer starts there is nothing to be ahead of or behind.
    const status = isFresh(state.timer) ? 'not-started' : pacing.delta > 0 ? 'behind' : pacing.delta < 0 ? 'ahead' : 'on-time';
    e.plan.dataset.talkPacing = status;
    const verdict = { 'not-started': t.notStarted, 'on-time': t.onTime, behind: `${formatDuration(pacing.delta)} ${t.behind}`, ahead: `${formatDuration(-pacing.delta)} ${t.ahead}` }[status];
    e.plan.textContent =
      verdict +
      ` · ${t.planned} ${formatDuration(pacing.planStart)}–${formatDuration(pacing.planEnd)} ${t.of} ${formatDuration(pacing.planTotal)}`;
    const rehearsed = state.lastRun?.slides.find((s) => s.id === position?.slide);
    e.rehearsal.textContent = `${t.rehearsal}: ${rehearsed ? `${formatDuration(rehearsed.actualMs)} (${t.planned} ${formatDuration(rehearsed.plannedMs)})` : t.noRehearsal}`;
    e.rehearsal.dataset.talkRehearsed = rehearsed ? String(rehearsed.actualMs) : '';
  }

  /** The notes' estimated speaking time beside the slide's planned minutes; over is flagged as `npm run check` does. */
  private renderTiming(minutes: number | undefined, t: (typeof SPEAKER_LABELS)[Locale]): void {
    const timing = this.els.timing;
    const spoken = timing.dataset.talkSpokenSeconds;
    if (minutes === undefined || !spoken) {
      timing.textContent = '';
      timing.dataset.talkOver = 'false';
      return;
    }
    const planned = minutes * 60;
    timing.dataset.talkPlannedSeconds = String(planned);
    timing.dataset.talkOver = String(Number(spoken) > planned * (1 + DEFAULT_SPEAKING_OPTIONS.slideTolerance));
    timing.textContent = `${t.spoken} ${formatSeconds(Number(spoken))} · ${t.slidePlanned} ${formatSeconds(planned)}`;
  }
}

/** Seconds to say the notes shown in `notes`: their text without the citations, at the check's default rates. */
function spokenSecondsOf(notes: HTMLElement): number {
  const copy = notes.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.talk-notes-sources').forEach((sources) => sources.remove());
  return speakingSeconds(copy.textContent ?? '');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function div(className: string): HTMLDivElement {
  return el('div', className);
}

function span(className: string): HTMLSpanElement {
  return el('span', className);
}

function button(action: string): HTMLButtonElement {
  const node = el('button', `speaker-button speaker-${action}`);
  node.type = 'button';
  node.dataset.talkAction = action;
  return node;
}

function group(...children: HTMLElement[]): HTMLElement {
  const node = div('speaker-group');
  node.append(...children);
  return node;
}
