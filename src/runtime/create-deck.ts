import Reveal from 'reveal.js';
import type { DeckRest, PageDeck } from '../render/rendered-deck.ts';
import { BlocksController } from './controllers/blocks-controller.ts';
import { InkController } from './controllers/ink-controller.ts';
import { LanguageController } from './controllers/language-controller.ts';
import { MermaidController } from './controllers/mermaid-controller.ts';
import { NotesController } from './controllers/notes-controller.ts';
import { PositionController } from './controllers/position-controller.ts';
import { PreviewController } from './controllers/preview-controller.ts';
import { RemoteController } from './controllers/remote-controller.ts';
import { SpeakerWindowController } from './controllers/speaker-window-controller.ts';
import { SyncController } from './controllers/sync-controller.ts';
import { AudienceQrController } from './controllers/audience-qr-controller.ts';
import { TimingController } from './controllers/timing-controller.ts';
import './styles/stage.css';
import './styles/blocks.css';
import './styles/ink.css';
import type { Controller, DeckContext, RevealApi, RuntimeOptions, TalkEvents } from './deck-context.ts';
import { VIEW_DISTANCE } from './view-distance.ts';
import { Readiness } from './readiness.ts';
import { fillPending, hasPending, namesPendingSlide } from './pending-slides.ts';

/** A running deck. */
export interface TalkDeck {
  readonly reveal: RevealApi;
  readonly language: LanguageController;
  readonly notes: NotesController;
  /** Unbinds every controller (channels, sockets, listeners), last bound first, and stops reveal.js. */
  destroy(): void;
  /** Subscribes to the deck's events (the audience page keeps the viewer's language with it). */
  readonly on: DeckContext['on'];
  /** Replaces the slides with a new rendering of the deck (never its notes), keeping the slide (by id) and step. */
  update(next: PageDeck): void;
}

/** Loads the HTML of the deck's later slides (its rest module, `restLoaders` of `virtual:talk/decks`). */
export type RestLoader = () => Promise<{ default: DeckRest }>;

/**
 * Inserts the deck's slides into `el`, starts reveal.js and wires every controller. `loadRest`
 * brings the slides the deck's module left as placeholders.
 */
export async function createDeck(el: HTMLElement, deck: PageDeck, options: RuntimeOptions, loadRest: RestLoader | undefined): Promise<TalkDeck> {
  const slides = el.querySelector<HTMLElement>('.slides');
  if (!slides) throw new Error('the page has no .reveal .slides element');
  slides.innerHTML = deck.html;
  // Only the presenting window opened on a slide it has whole shows placeholders at first, and
  // fills them once its first slide is shown. Every other page (print view, previews, a follower
  // joining mid-talk, an address naming a later slide) has every slide before reveal.js starts:
  // nothing it lays out, prints or opens on is a placeholder.
  const later = loadRest && hasPending(slides) ? loadRest : undefined;
  const deferred = !!later && !options.print && !options.receiver && !options.follower && !namesPendingSlide(slides, window.location.hash);
  if (later && !deferred) fillPending(slides, (await later()).default);
  // A print view of some slides only: the others stay, empty, for the deck's numbering.
  if (options.print && options.only) {
    for (const section of slides.querySelectorAll<HTMLElement>(':scope > section[data-talk-slide]')) {
      if (!options.only.has(section.dataset.talkSlide ?? '')) section.replaceChildren();
    }
  }
  document.documentElement.dataset.talkTheme = options.theme;

  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // A preview inside the speaker view: driven by that page, so no keys, hash, controls or motion.
  const preview = options.receiver ? { hash: false, keyboard: false, controls: false, progress: false, transition: 'none', backgroundTransition: 'none', slideNumber: false, help: false } as const : {};
  // A viewer's phone (audience page): in a box of the page, never reveal's scroll view, no hash of its own.
  const follower = options.follower ? ({ hash: false, embedded: true, scrollActivationWidth: 0, help: false } as const) : {};
  // Config, merged in this order: 1. our defaults, 2. what the URL asks for (print view, steps, preview).
  const reveal = new Reveal(el, {
    hash: true,
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    slideNumber: 'c/t',
    // Slides laid out around the current one; the build preloads the first view's fonts by it.
    viewDistance: VIEW_DISTANCE,
    showSlideNumber: 'all',
    transition: reduceMotion ? 'none' : 'slide',
    backgroundTransition: reduceMotion ? 'none' : 'fade',
    pdfSeparateFragments: options.steps,
    pdfMaxPagesPerSlide: 1,
    // Videos (data-autoplay) play on their slide; a preview or a printed page shows their poster.
    autoPlayMedia: options.receiver || options.print ? false : null,
    // The speaker view is ours (speaker.html): reveal's notes plugin is not loaded.
    ...preview,
    ...follower,
  });

  const bus = new EventTarget();
  const readiness = new Readiness();
  let language: LanguageController | undefined;
  let current = deck;
  const ctx: DeckContext = {
    reveal,
    get deck() {
      return current;
    },
    options,
    locale: () => language?.locale() ?? options.locale,
    languages: () => language?.languages() ?? { first: options.locale },
    emit: (type, detail) => bus.dispatchEvent(new CustomEvent(type, { detail })),
    on: <K extends keyof TalkEvents>(type: K, listener: (detail: TalkEvents[K]) => void) => {
      const handler = (event: Event): void => listener((event as CustomEvent<TalkEvents[K]>).detail);
      bus.addEventListener(type, handler);
      return () => bus.removeEventListener(type, handler);
    },
    track: (task) => readiness.track(task),
    firstReady: readiness.firstReady,
  };
  language = new LanguageController(ctx, options.locale, options.second);
  const notes = new NotesController(ctx);
  // Ink in every view: drawn by this window, followed in previews, printed by the export.
  const controllers: Controller[] = [language, notes, new MermaidController(ctx), new InkController(ctx), new BlocksController(ctx)];
  // Only the audience window keeps time and talks to the speaker view and the phone remote.
  if (!options.receiver && !options.print && !options.follower) {
    // Timing last: its first timer-changed event must find the others listening.
    controllers.push(new PositionController(ctx), new SyncController(ctx), new RemoteController(ctx), new SpeakerWindowController(ctx), new AudienceQrController(ctx), new TimingController(ctx));
  }
  // A preview in the speaker view: that page tells it, by message, which slide and step to show.
  if (options.receiver && window.parent !== window) controllers.push(new PreviewController(ctx));

  controllers.forEach((c) => c.mount?.());
  // decktape and other tools look for a global Reveal.
  (window as unknown as { Reveal: RevealApi }).Reveal = reveal;
  await reveal.initialize();
  controllers.forEach((c) => c.bind?.());
  /** Puts the later slides in place of their placeholders, leaving the audience where it is. */
  const fillLater = (rest: DeckRest): void => {
    const shown = reveal.getCurrentSlide();
    if (fillPending(slides, rest) === 0) return;
    controllers.forEach((c) => c.refresh?.());
    reveal.sync();
    // The slide shown was a placeholder (a key pressed before the rest came): show it whole.
    if (shown && !shown.isConnected) {
      const { h, v, f } = reveal.getIndices();
      reveal.slide(h, v, f);
      ctx.emit('talk:slide-shown', { slide: reveal.getCurrentSlide() });
    }
  };
  if (later && deferred) {
    // Tracked from the moment the first slide is ready, so the signal stays "false" until every
    // slide is whole: tests and the exporter walk the slides once it says "true".
    readiness.beforeFirstReady(() =>
      ctx.track(
        later().then(
          ({ default: rest }) => fillLater(rest),
          (error: unknown) => console.error('[talk] the later slides did not load:', error),
        ),
      ),
    );
  }
  readiness.start();
  reveal.on('slidechanged', () => {
    ctx.emit('talk:slide-shown', { slide: reveal.getCurrentSlide() });
    // Even a slide without diagrams is not ready until its transition ends and its glyphs load.
    ctx.track(Promise.resolve());
  });
  // A new screen size: crossing a media query makes Chromium rebuild its @font-face set, and text
  // may be drawn in a fallback font until the faces it uses load again; not ready until they have.
  for (const type of ['fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'resize']) reveal.on(type, () => ctx.track(Promise.resolve()));
  ctx.on('talk:locale-changed', () => {
    reveal.layout();
    ctx.track(Promise.resolve());
  });
  ctx.emit('talk:slide-shown', { slide: reveal.getCurrentSlide() });
  const destroy = (): void => {
    [...controllers].reverse().forEach((c) => c.unbind?.());
    reveal.destroy();
  };
  const update = (next: PageDeck): void => {
    const { h, v, f } = reveal.getIndices();
    const id = reveal.getCurrentSlide()?.id;
    current = next;
    slides.innerHTML = next.html;
    controllers.forEach((c) => c.refresh?.());
    reveal.sync();
    // The same slide by id if it is still there (slides may have been added before it), else the same place.
    const same = id ? document.getElementById(id) : null;
    const at = same ? reveal.getIndices(same) : { h, v };
    reveal.slide(at.h, at.v, f);
    ctx.emit('talk:slide-shown', { slide: reveal.getCurrentSlide() });
    ctx.track(Promise.resolve());
  };
  return { reveal, language, notes, destroy, on: ctx.on, update };
}
