import type { Bilingual, Locale } from '../../model/types.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

/**
 * Keeps each slide's `<aside class="notes">` in the current language, and makes reveal's notes
 * plugin send the speaker view the new notes at once.
 */
export class NotesController implements Controller {
  private off: (() => void) | undefined;
  private readonly notes: Record<string, Bilingual>;

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'on' | 'locale'>) {
    this.notes = { ...(ctx.deck.notes ?? {}) };
  }

  mount(): void {
    this.fill();
  }

  bind(): void {
    this.off = this.ctx.on('talk:locale-changed', () => {
      this.fill();
      this.repost();
    });
  }

  unbind(): void {
    this.off?.();
  }

  /** Replaces one slide's notes in one language (hot update from the dev server). */
  update(slideId: string, locale: Locale, html: string): void {
    const current = this.notes[slideId];
    if (!current) return;
    this.notes[slideId] = { ...current, [locale]: html };
    this.fill();
    this.repost();
  }

  private repost(): void {
    // The notes plugin posts the current notes to the speaker window on reveal events only;
    // "resumed" carries no other meaning for it and makes it post the notes we just swapped in.
    this.ctx.reveal.dispatchEvent({ target: this.ctx.reveal.getCurrentSlide(), type: 'resumed', data: {} });
  }

  private fill(): void {
    const locale = this.ctx.locale();
    for (const aside of document.querySelectorAll<HTMLElement>('section[data-talk-slide] > aside.notes')) {
      const id = (aside.parentElement as HTMLElement).dataset.talkSlide ?? '';
      aside.innerHTML = this.notes[id]?.[locale] ?? '';
    }
  }
}
