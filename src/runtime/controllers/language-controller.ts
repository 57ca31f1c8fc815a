import { localeChannelName, type LocaleMessage } from '../../protocol/sync-messages.ts';
import { HTML_LANG, type Locale } from '../../model/types.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

const KEY_L = 76;

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
    private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'emit'>,
    initial: Locale,
  ) {
    this.current = initial;
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
    this.ctx.reveal.addKeyBinding({ keyCode: KEY_L, key: 'L', description: 'Switch language: English / 中文' }, () => this.toggle());
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(localeChannelName(this.ctx.deck.id));
      this.channel.onmessage = (event: MessageEvent<LocaleMessage>) => {
        if (event.data.locale && event.data.locale !== this.current) this.set(event.data.locale, false);
      };
    }
  }

  unbind(): void {
    this.channel?.close();
  }

  toggle(): void {
    this.set(this.current === 'en' ? 'zh' : 'en', true);
  }

  set(locale: Locale, broadcast: boolean): void {
    const previous = this.current;
    if (locale === previous) return;
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
