import type { Controller, DeckContext } from '../deck-context.ts';
import { setLangParam } from '../language-url.ts';
import { pageUrl } from '../page-url.ts';

const KEY_S = 83;

/**
 * `S` opens the speaker view: our own page (speaker.html, next to the deck's page) rather than
 * reveal's notes plugin, whose pop-up writes inline scripts into about:blank, which a strict
 * Content-Security-Policy forbids and which cannot load from file://.
 */
export class SpeakerWindowController implements Controller {
  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'languages' | 'options'>) {}

  bind(): void {
    this.ctx.reveal.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Speaker view: notes, next step, timer, pacing' }, () => this.open());
  }

  /** Opens (or focuses) the speaker view of this deck. */
  open(): Window | null {
    const url = pageUrl('speaker');
    url.search = new URLSearchParams({ deck: this.ctx.deck.id, ...(this.ctx.options.theme === 'dark' ? { theme: 'dark' } : {}) }).toString();
    setLangParam(url, this.ctx.languages());
    const win = window.open(url.href, `talk-speaker-${this.ctx.deck.id}`, 'popup,width=1280,height=800');
    win?.focus();
    return win;
  }
}
