import type { Bilingual, Locale } from '../../model/types.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

/**
 * Keeps each slide's `<aside class="notes">` in the current language (print view with notes reads
 * them there; the speaker view reads the deck's notes itself).
 */
export class NotesController implements Controller {
  private off: (() => void) | undefined;
  private notes: Record<string, Bilingual>;

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'on' | 'locale'>) {
    this.notes = { ...(ctx.deck.notes ?? {}) };
  }

  mount(): void {
    this.fill();
  }

  bind(): void {
    this.off = this.ctx.on('talk:locale-changed', () => this.fill());
  }

  unbind(): void {
    this.off?.();
  }

  refresh(): void {
    this.notes = { ...(this.ctx.deck.notes ?? {}) };
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
