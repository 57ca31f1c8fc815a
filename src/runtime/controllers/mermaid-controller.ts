import type { Locale } from '../../model/types.ts';
import type { Controller, DeckContext } from '../deck-context.ts';
import { loadMermaid } from '../load-mermaid.ts';
import type { Mermaid } from '../mermaid-api.ts';
import { mermaidTheme, readPalette } from '../mermaid-theme.ts';

/**
 * Draws Mermaid diagrams when they are first shown, at the slide's real size, after the fonts
 * their labels need have loaded. Drawing a diagram while its slide is hidden gives blank or
 * clipped SVGs (reveal.js#2863, quarto#2607), so nothing is drawn ahead of time except in print
 * view, where every slide is laid out at once.
 */
export class MermaidController implements Controller {
  private diagrams: HTMLElement[] = [];
  private mermaid: Promise<Mermaid> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private counter = 0;
  private offs: (() => void)[] = [];

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'options' | 'on' | 'locale' | 'track' | 'firstReady'>) {}

  mount(): void {
    // Collected before reveal starts: in print view reveal detaches every slide while it lays out pages.
    this.diagrams = [...document.querySelectorAll<HTMLElement>('.talk-mermaid[data-talk-mermaid]')];
  }

  refresh(): void {
    const first = this.diagrams.length === 0;
    this.mount();
    // A deck that had no diagram did not subscribe to anything: it does now.
    if (first && this.diagrams.length > 0) this.bind();
  }

  bind(): void {
    if (this.diagrams.length === 0) return;
    if (this.ctx.options.print) {
      this.ctx.track(
        new Promise<void>((resolve) => this.ctx.reveal.on('pdf-ready', () => resolve())).then(() => {
          // With ?steps reveal clones a slide's page once per fragment step: those copies exist only now.
          this.diagrams = [...document.querySelectorAll<HTMLElement>('.talk-mermaid[data-talk-mermaid]')];
          return this.drawAll();
        }),
      );
      this.offs.push(this.ctx.on('talk:locale-changed', () => this.ctx.track(this.drawAll())));
      return;
    }
    this.offs.push(this.ctx.on('talk:slide-shown', ({ slide }) => this.ctx.track(this.drawIn(slide))));
    // Load Mermaid once the first slide is ready and the page is idle, so that the first diagram
    // slide does not wait for it, nor the first slide for Mermaid's 0.75 MB entry to run; nothing
    // is drawn before its slide is shown. The speaker view's previews load it only for a diagram:
    // three windows starting it at once would keep both cores of a laptop busy for a second.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    // A follower's phone loads it only when a diagram slide comes up (drawIn loads it then).
    if (!this.ctx.options.receiver && !this.ctx.options.follower) void this.ctx.firstReady.then(() => idle(() => void this.load()));
    this.offs.push(this.ctx.on('talk:locale-changed', () => this.ctx.track(this.drawIn(this.ctx.reveal.getCurrentSlide()))));
  }

  unbind(): void {
    this.offs.forEach((off) => off());
  }

  /** Draws the diagrams of one slide in the current language. */
  drawIn(slide: HTMLElement | undefined): Promise<void> {
    if (!slide) return Promise.resolve();
    return this.drawEach(this.diagrams.filter((el) => slide.contains(el)));
  }

  /** Draws every diagram of the deck in the current language (print view). */
  drawAll(): Promise<void> {
    return this.drawEach(this.diagrams);
  }

  private drawEach(elements: HTMLElement[]): Promise<void> {
    const locale = this.ctx.locale();
    const pending = elements.filter((el) => el.classList.contains(`talk-${locale}`) && el.dataset.talkRendered !== 'true');
    if (pending.length === 0) return Promise.resolve();
    // Mermaid keeps global state while it renders: one diagram at a time.
    const run = this.queue.then(async () => {
      for (const el of pending) await this.draw(el, locale);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async draw(el: HTMLElement, locale: Locale): Promise<void> {
    if (el.dataset.talkRendered === 'true') return;
    const source = el.dataset.talkMermaid ?? '';
    const mermaid = await this.load();
    // Load the font files (unicode-range chunks) the labels need before Mermaid measures them.
    await Promise.all([document.fonts.load(`16px Inter`, source), document.fonts.load(`16px "Noto Sans SC"`, source)]);
    try {
      const { svg } = await mermaid.render(`talk-mermaid-${locale}-${++this.counter}`, source);
      el.innerHTML = svg;
      el.dataset.talkRendered = 'true';
    } catch (error) {
      el.classList.add('talk-error');
      el.title = error instanceof Error ? error.message : String(error);
      el.textContent = `Diagram error on slide "${el.closest('section')?.id ?? '?'}"`;
      el.dataset.talkRendered = 'error';
      console.error(`[talk] Mermaid failed on slide "${el.closest('section')?.id ?? '?'}":`, error);
    } finally {
      // Mermaid leaves a hidden tooltip <div> in <body>; in print view it adds a blank page.
      document.querySelectorAll('body > .mermaidTooltip').forEach((tip) => tip.remove());
    }
  }

  private load(): Promise<Mermaid> {
    this.mermaid ??= loadMermaid().then((mermaid) => {
      const dark = this.ctx.options.theme === 'dark';
      const theme = mermaidTheme(readPalette(), dark);
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        // The theme's palette as the page shows it (custom themes included) and the deck's fonts.
        ...theme,
        flowchart: { htmlLabels: false, useMaxWidth: true, ...theme.flowchart },
        timeline: { useMaxWidth: true },
      });
      return mermaid;
    });
    return this.mermaid;
  }
}
