import { notesLoaders } from 'virtual:talk/decks';
import type { Bilingual, Locale } from '../../model/types.ts';
import type { DeckNotes } from '../../render/rendered-deck.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

/**
 * Fills each slide's `<aside class="notes">` in the current language, for the handout's print
 * view (`?print-pdf&notes`) only: the notes are a chunk of their own that the deck page never
 * loads otherwise (the speaker view and the remote load them themselves).
 */
export class NotesController implements Controller {
  private off: (() => void) | undefined;
  private notes: Record<string, Bilingual> = {};

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'options' | 'on' | 'locale' | 'track'>) {}

  mount(): void {
    if (!this.ctx.options.print || !this.ctx.options.notes) return;
    const load = notesLoaders[this.ctx.deck.id];
    if (!load) return;
    // Tracked: the readiness signal (which the export waits for) waits for the notes too.
    this.ctx.track(
      load().then(({ default: notes }: { default: DeckNotes | undefined }) => {
        this.notes = { ...(notes ?? {}) };
        this.fill();
      }),
    );
  }

  bind(): void {
    this.off = this.ctx.on('talk:locale-changed', () => this.fill());
    // reveal's print layout moves (and with ?steps clones) the slides: fill what it made.
    this.ctx.reveal.on('pdf-ready', () => this.fill());
  }

  unbind(): void {
    this.off?.();
  }

  /** After the slides were replaced in place: their asides are new and empty, fill them again. */
  refresh(): void {
    this.fill();
  }

  /** Replaces one slide's notes in one language (hot update from the dev server). */
  update(slideId: string, locale: Locale, html: string): void {
    const current = this.notes[slideId];
    if (!current) return;
    this.notes[slideId] = { ...current, [locale]: html };
    this.fill();
  }

  private fill(): void {
    const locale = this.ctx.locale();
    for (const aside of document.querySelectorAll<HTMLElement>('section[data-talk-slide] > aside.notes')) {
      const id = (aside.parentElement as HTMLElement).dataset.talkSlide ?? '';
      aside.innerHTML = this.notes[id]?.[locale] ?? '';
    }
  }
}
