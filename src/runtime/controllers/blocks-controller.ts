import type { Controller, DeckContext } from '../deck-context.ts';

/**
 * The browser side of code and video blocks. Code with line steps: each step after the first is an
 * empty fragment after the `<pre>`; the number of those shown is the step, and the lines it lights
 * (listed in `data-talk-lit`) are marked, the others greyed. In print view with `--steps` reveal.js
 * clones a page per step with its fragments marked, so the steps are applied to the clones once
 * `pdf-ready` fires; printed without steps, code shows whole. Videos: reveal.js plays them on their
 * slide and pauses them when it is left (`data-autoplay`); this keeps their label in the language
 * shown, and makes the page wait for posters where they stand in for the video.
 */
export class BlocksController implements Controller {
  private offs: (() => void)[] = [];

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'options' | 'on' | 'locale' | 'track'>) {}

  mount(): void {
    this.labelVideos();
    if (!this.ctx.options.print) document.querySelectorAll<HTMLElement>('.talk-code-figure').forEach(applyStep);
  }

  refresh(): void {
    this.mount();
  }

  bind(): void {
    const { reveal, options } = this.ctx;
    this.offs.push(this.ctx.on('talk:locale-changed', () => this.labelVideos()));
    if (options.print) {
      this.ctx.track(
        new Promise<void>((resolve) => reveal.on('pdf-ready', () => resolve())).then(() => {
          // Without steps a slide prints whole: only a single lit range (no steps) is marked.
          for (const figure of document.querySelectorAll<HTMLElement>('.talk-code-figure')) {
            if (options.steps || figure.querySelector('pre[data-talk-steps="1"]')) applyStep(figure);
          }
          return posterLoads(document);
        }),
      );
      return;
    }
    const update = (): void => this.updateSlide(reveal.getCurrentSlide());
    for (const type of ['fragmentshown', 'fragmenthidden']) {
      reveal.on(type, update);
      this.offs.push(() => reveal.off(type, update));
    }
    this.offs.push(this.ctx.on('talk:slide-shown', ({ slide }) => this.updateSlide(slide)));
    this.updateSlide(reveal.getCurrentSlide());
  }

  unbind(): void {
    this.offs.forEach((off) => off());
    this.offs = [];
  }

  /** Applies the code steps of one slide and waits for its posters (a PNG capture shows them). */
  private updateSlide(slide: HTMLElement | undefined): void {
    if (!slide) return;
    slide.querySelectorAll<HTMLElement>('.talk-code-figure').forEach(applyStep);
    if (slide.querySelector('.talk-video-poster')) this.ctx.track(posterLoads(slide));
  }

  private labelVideos(): void {
    const locale = this.ctx.locale();
    for (const video of document.querySelectorAll<HTMLVideoElement>('video.talk-video-media')) {
      const label = video.getAttribute(`data-talk-alt-${locale}`);
      if (label !== null) video.setAttribute('aria-label', label);
    }
  }
}

/** Marks the lines of a code figure's current step (the number of its step fragments shown). */
function applyStep(figure: HTMLElement): void {
  const pre = figure.querySelector<HTMLElement>('pre.talk-code[data-talk-steps]');
  if (!pre) return;
  const step = figure.querySelectorAll('.talk-code-step.visible').length;
  if (pre.dataset.talkStep === String(step)) return;
  pre.dataset.talkStep = String(step);
  for (const line of pre.querySelectorAll<HTMLElement>('.talk-code-line')) {
    const lit = (line.dataset.talkLit ?? '').split(' ').includes(String(step));
    line.classList.toggle('talk-code-lit', lit);
    line.classList.toggle('talk-code-dim', !lit);
  }
}

/** Settles when the posters below `root` have loaded (or failed: the check names missing files). */
function posterLoads(root: ParentNode): Promise<unknown> {
  return Promise.all([...root.querySelectorAll<HTMLImageElement>('img.talk-video-poster')].map((img) => img.decode().catch(() => undefined)));
}
