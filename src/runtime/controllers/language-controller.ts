import { localeChannelName, type LocaleMessage } from '../../protocol/sync-messages.ts';
import { HTML_LANG, type Locale } from '../../model/types.ts';
import type { Controller, DeckContext } from '../deck-context.ts';
import { deckLocale, nextLocale } from '../params.ts';

const KEY_L = 76;

/** Each language in its own words, for the help overlay. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

/**
 * Shows one language at a time. Both languages are in the DOM (render emits `.talk-en` and
 * `.talk-zh`), so switching is a class change: the slide, the fragment step and the scroll stay.
 * Other windows of the same deck (reveal's speaker view previews) follow through a
 * BroadcastChannel, so `L` pressed in any of them switches all.
 */
export class LanguageController implements Controller {
  private current: Locale;
  private channel: BroadcastChannel | undefined;

  constructor(
    private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'emit' | 'options'>,
    initial: Locale,
  ) {
    // A language the deck is not given in (?lang=zh on an English deck) falls back to its first;
    // apply() then corrects the URL.
    this.current = deckLocale(initial, ctx.deck.languages);
  }

  /** Whether the deck is given in more than one language (only then does `L` do anything). */
  private get switchable(): boolean {
    return (this.ctx.deck.languages?.length ?? 2) > 1;
  }

  locale(): Locale {
    return this.current;
  }

  mount(): void {
    this.apply(this.current);
  }

  refresh(): void {
    this.apply(this.current);
  }

  bind(): void {
    // A one-language deck offers no switch; L is still ours (reveal.js would take it for "next slide").
    const only = this.ctx.deck.languages.map((locale) => LANGUAGE_NAMES[locale]).join(', ');
    const description = this.switchable ? 'Switch language: English / 中文' : `Language: this deck is given in ${only} only`;
    this.ctx.reveal.addKeyBinding({ keyCode: KEY_L, key: 'L', description }, () => this.toggle());
    // A viewer's language is their own: the audience page on the laptop must not switch the deck.
    if (typeof BroadcastChannel === 'function' && !this.ctx.options.follower) {
      this.channel = new BroadcastChannel(localeChannelName(this.ctx.deck.id));
      this.channel.onmessage = (event: MessageEvent<LocaleMessage>) => {
        if (event.data.locale && event.data.locale !== this.current && this.ctx.deck.languages.includes(event.data.locale)) this.set(event.data.locale, false);
      };
    }
  }

  unbind(): void {
    this.channel?.close();
  }

  toggle(): void {
    this.set(nextLocale(this.current, this.ctx.deck.languages), true);
  }

  set(locale: Locale, broadcast: boolean): void {
    const previous = this.current;
    if (locale === previous || !this.ctx.deck.languages.includes(locale)) return;
    this.current = locale;
    this.apply(locale);
    if (broadcast) this.channel?.postMessage({ locale });
    this.ctx.emit('talk:locale-changed', { locale, previous });
  }

  private apply(locale: Locale): void {
    const root = document.documentElement;
    root.lang = HTML_LANG[locale];
    root.dataset.talkLocale = locale;
    document.title = this.ctx.deck.title[locale];
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') !== locale) {
      url.searchParams.set('lang', locale);
      // Keep the hash: reveal owns it, and a reload must land on the same slide in this language.
      window.history.replaceState(window.history.state, '', url);
    }
  }
}
